import { EXAMPLE_DOCUMENT_VALUES, renderDocument, unknownWildcards } from "@/lib/documents/wildcards";

/** The body as a debtor would read it, filled with the catalogue's example values. */
export function DocumentPreview({ body }: { body: string }) {
  const unknown = unknownWildcards(body);
  return (
    <section aria-labelledby="document-preview-title" className="space-y-2">
      <h3 id="document-preview-title" className="text-sm font-medium text-slate-700">Pré-visualização com valores de exemplo</h3>
      {unknown.length > 0 && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Coringa(s) desconhecido(s): {unknown.join(", ")}. O documento não poderá ser salvo assim.
        </p>
      )}
      <div className="min-h-40 whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
        {body.trim() ? renderDocument(body, EXAMPLE_DOCUMENT_VALUES) : <span className="text-slate-400">O texto aparecerá aqui.</span>}
      </div>
    </section>
  );
}

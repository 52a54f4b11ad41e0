import Link from "next/link";

/** Seed 002: "Caso não tenha é necessário criar…" — straight to the editor, prefilled, and back to the tab afterwards. */
export function MissingDocumentLink({ kind, returnTo }: { kind: "agreement_term" | "debt_statement"; returnTo: string }) {
  const href = kind === "agreement_term"
    ? `/admin/documents/new?kind=agreement_term&returnTo=${returnTo}`
    : `/admin/documents/new?kind=debt_statement&type=original_title&returnTo=${returnTo}`;
  return (
    <p className="text-xs text-amber-800">
      {kind === "agreement_term"
        ? "Nenhum termo de acordo cadastrado. Caso não tenha é necessário criar: "
        : "Nenhum demonstrativo de débito do tipo “Título Original”. Caso não tenha é necessário criar: "}
      <Link href={href} className="font-medium text-brand-700 underline">
        {kind === "agreement_term" ? "Novo termo de acordo" : "Novo demonstrativo de débito"}
      </Link>
    </p>
  );
}

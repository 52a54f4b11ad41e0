"use client";
import { Button } from "@/components/ui/button";
import { DOCUMENT_WILDCARD_CODES, DOCUMENT_WILDCARDS, type DocumentWildcard } from "@/lib/documents/wildcards";

/** One button per catalogue wildcard; the label says what it becomes, the button text is what gets inserted. */
export function WildcardButtons({ onInsert }: { onInsert: (code: DocumentWildcard) => void }) {
  return (
    <div role="group" aria-label="Inserir coringa no texto" className="flex flex-wrap gap-1.5">
      {DOCUMENT_WILDCARD_CODES.map((code) => (
        <Button
          key={code} type="button" variant="secondary" size="sm" className="font-mono text-xs"
          title={DOCUMENT_WILDCARDS[code].label} aria-label={`Inserir ${code} (${DOCUMENT_WILDCARDS[code].label})`}
          onClick={() => onInsert(code)}
        >
          {code}
        </Button>
      ))}
    </div>
  );
}

"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { operationTarget, visibleOperations } from "@/lib/cti/client/visible-operations";
import type { CtiOperationView, IdentifiedAccountView, IdentifiedContactView } from "@/lib/cti/client/types";
import { operationUrl } from "@/lib/cti/operation-url";

/** The user's enabled operations for the selected account/contact; each opens its screen in a new tab. */
export function CtiOperations({ operations, account, contact }: {
  operations: CtiOperationView[]; account: IdentifiedAccountView | null; contact: IdentifiedContactView | null;
}) {
  const [asking, setAsking] = useState<CtiOperationView | null>(null);
  const [code, setCode] = useState("");
  const visible = visibleOperations(operations, { accountId: account?.id ?? null, contactId: contact?.id ?? null });

  const open = (op: CtiOperationView, detailCode?: string) => {
    window.open(operationUrl(op, operationTarget(account, contact, detailCode)), "_blank", "noopener");
  };
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (asking) open(asking, code);
    setAsking(null);
  };

  if (!visible.length) return <p className="text-xs text-slate-500">Nenhuma operação habilitada no Gerenciador CTI.</p>;
  if (asking) {
    return (
      <form onSubmit={submitCode} className="space-y-2" aria-label={`Código para ${asking.name}`}>
        <label htmlFor="cti-operation-code" className="block text-sm font-medium text-slate-700">{asking.name}: código</label>
        <Input id="cti-operation-code" value={code} onChange={(e) => setCode(e.target.value)} autoFocus autoComplete="off" aria-describedby="cti-operation-code-hint" />
        <p id="cti-operation-code-hint" className="text-xs text-slate-500">Deixe em branco para pesquisar pela conta e contato selecionados.</p>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" size="sm" onClick={() => setAsking(null)}>Cancelar</Button>
          <Button type="submit" size="sm">Abrir</Button>
        </div>
      </form>
    );
  }
  return (
    <ul aria-label="Operações" className="flex flex-wrap gap-1.5">
      {visible.map((op) => (
        <li key={op.id}>
          <Button
            type="button" variant="secondary" size="sm"
            onClick={() => {
              if (!op.takesInput) return open(op);
              setCode("");
              setAsking(op);
            }}
          >
            {op.name}{op.takesInput ? "…" : ""}
          </Button>
        </li>
      ))}
    </ul>
  );
}

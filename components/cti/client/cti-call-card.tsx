"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDocument } from "@/lib/br/document";
import { formatPhone, normalizePhone } from "@/lib/br/phone";
import { CALL_PHASE_LABELS, type CallView } from "@/lib/cti/client/call-memory";
import type { CtiOperationView, IdentificationView } from "@/lib/cti/client/types";
import { CtiOperations } from "./cti-operations";

/** The ANI as the operator reads it: "(11) 98765-4321" when it is a valid number, the raw digits otherwise. */
export function callerLabel(ani: string): string {
  const phone = normalizePhone(ani);
  return phone.ok ? formatPhone(phone.e164) : ani || "Número oculto";
}

async function identify(call: CallView): Promise<IdentificationView> {
  const params = new URLSearchParams({ phone: call.ani, data: call.associatedData });
  const response = await fetch(`/api/cti/identify?${params}`, { cache: "no-store" });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? "Não foi possível identificar o chamador.");
  return body as IdentificationView;
}

/** The call on screen: who is calling (accounts and contacts to choose from) and the operations for the choice. */
export function CtiCallCard({ call, operations }: { call: CallView | null; operations: CtiOperationView[] }) {
  const identification = useQuery({
    queryKey: ["cti-identify", call?.callId, call?.ani, call?.associatedData],
    queryFn: () => identify(call!),
    enabled: !!call,
    staleTime: Infinity,
  });
  const accounts = identification.data?.accounts ?? [];
  // Selection per call; undefined until the operator picks, so the identification's own choice applies.
  const [picked, setPicked] = useState<{ callId: string; accountId: number | null; contactId: number | null } | null>(null);
  const mine = picked && picked.callId === call?.callId ? picked : null;
  const accountId = mine ? mine.accountId : accounts[0]?.id ?? null;
  const account = accounts.find((a) => a.id === accountId) ?? null;
  const contactId = mine ? mine.contactId : account?.selectedContactId ?? null;
  const contact = account?.contacts.find((c) => c.id === contactId) ?? null;

  if (!call) {
    return (
      <section aria-label="Operações sem chamada" className="space-y-2">
        <p className="text-xs text-slate-500">Aguardando chamadas.</p>
        <CtiOperations operations={operations} account={null} contact={null} />
      </section>
    );
  }
  const pickAccount = (id: number | null) => setPicked({
    callId: call.callId, accountId: id, contactId: accounts.find((a) => a.id === id)?.selectedContactId ?? null,
  });
  const pickContact = (id: number | null) => setPicked({ callId: call.callId, accountId, contactId: id });

  return (
    <section aria-label="Chamada" className="space-y-3">
      <div className="flex items-start justify-between gap-2 rounded-md bg-slate-50 px-3 py-2">
        <div>
          <p className="text-xs text-slate-500">{call.direction === "inbound" ? "Chamada recebida" : "Chamada efetuada"}</p>
          <p className="text-base font-semibold">{callerLabel(call.ani)}</p>
        </div>
        <span role="status" className={`rounded-full px-2 py-0.5 text-xs font-medium ${call.phase === "ringing" ? "animate-pulse bg-amber-100 text-amber-800" : call.phase === "answered" ? "bg-emerald-100 text-emerald-800" : "bg-slate-200 text-slate-700"}`}>
          {CALL_PHASE_LABELS[call.phase]}
        </span>
      </div>
      {identification.isPending ? (
        <p className="text-sm text-slate-500">Identificando o chamador…</p>
      ) : identification.isError ? (
        <p role="alert" className="text-sm text-red-600">{identification.error.message}</p>
      ) : accounts.length === 0 ? (
        <p className="text-sm font-medium text-slate-700">Chamador não identificado</p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <fieldset className="space-y-1">
            <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">Conta</legend>
            {accounts.map((a) => (
              <label key={a.id} className="flex items-start gap-2 text-sm">
                <input type="radio" name={`cti-account-${call.callId}`} checked={accountId === a.id} onChange={() => pickAccount(a.id)} className="mt-0.5 accent-brand-600" />
                <span>{a.name}{a.document ? <span className="block text-xs text-slate-500">{formatDocument(a.document)}</span> : null}</span>
              </label>
            ))}
            <label className="flex items-center gap-2 text-sm text-slate-600">
              <input type="radio" name={`cti-account-${call.callId}`} checked={accountId === null} onChange={() => pickAccount(null)} className="accent-brand-600" />
              Nenhuma conta
            </label>
          </fieldset>
          {account && (
            <fieldset className="space-y-1">
              <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">Contato</legend>
              {account.contacts.map((c) => (
                <label key={c.id} className="flex items-start gap-2 text-sm">
                  <input type="radio" name={`cti-contact-${call.callId}`} checked={contactId === c.id} onChange={() => pickContact(c.id)} className="mt-0.5 accent-brand-600" />
                  <span>{c.name}{c.identifier ? <span className="ml-1 rounded bg-brand-50 px-1 text-xs text-brand-700">identificador</span> : null}</span>
                </label>
              ))}
              <label className="flex items-center gap-2 text-sm text-slate-600">
                <input type="radio" name={`cti-contact-${call.callId}`} checked={contactId === null} onChange={() => pickContact(null)} className="accent-brand-600" />
                Nenhum contato
              </label>
            </fieldset>
          )}
        </div>
      )}
      <CtiOperations operations={operations} account={account} contact={contact} />
    </section>
  );
}

"use client";
import { useState, type FormEvent } from "react";
import { ctiLogoutAction, ctiPauseAction, ctiResumeAction } from "@/app/(admin)/cti/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, inputClass } from "@/components/ui/field";
import type { CtiSessionStatus, CtiStateView } from "@/lib/cti/client/types";

const STATUS_LABELS: Record<CtiSessionStatus, string> = {
  logging_in: "Entrando…",
  ready: "Disponível",
  paused: "Em pausa",
  logging_out: "Saindo…",
  ended: "Desconectado",
};

type Session = NonNullable<CtiStateView["session"]>;

/** Status, extension and group of the live session, with pause/resume and logout (justified when the parameter asks). */
export function CtiSessionBar({ session, askJustification, onChanged }: {
  session: Session; askJustification: boolean; onChanged: () => void;
}) {
  const [busy, setBusy] = useState<"pause" | "logout">();
  const [error, setError] = useState<string>();
  const [justifying, setJustifying] = useState(false);
  const [justification, setJustification] = useState("");
  const [justificationError, setJustificationError] = useState<string>();

  const togglePause = async () => {
    setBusy("pause");
    setError(undefined);
    const result = session.status === "paused" ? await ctiResumeAction({}) : await ctiPauseAction({});
    if (!result.ok) setError(result.error);
    setBusy(undefined);
    onChanged();
  };

  const logout = async (event?: FormEvent) => {
    event?.preventDefault();
    if (askJustification && !justifying) return setJustifying(true);
    if (askJustification && !justification.trim()) return setJustificationError("Informe a justificativa do logout.");
    setBusy("logout");
    setError(undefined);
    setJustificationError(undefined);
    const result = await ctiLogoutAction({ justification: justification.trim() || undefined });
    setBusy(undefined);
    if (result.ok) {
      setJustifying(false);
      setJustification("");
    } else {
      setJustificationError(result.fieldErrors.justification?.[0]);
      setError(result.error);
    }
    onChanged();
  };

  const paused = session.status === "paused";
  const steady = session.status === "ready" || paused;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1.5 font-medium" role="status">
          <span aria-hidden className={`size-2.5 rounded-full ${session.status === "ready" ? "bg-emerald-500" : paused ? "bg-amber-500" : "bg-slate-400"}`} />
          {STATUS_LABELS[session.status]}
        </span>
        <span className="text-slate-600">Ramal <strong>{session.extension}</strong></span>
        <span className="text-slate-600">Grupo <strong>{session.groupId}</strong></span>
      </div>
      <FormError message={error} />
      {justifying ? (
        <form onSubmit={logout} noValidate className="space-y-2">
          <Field label="Justificativa" error={justificationError}>
            {(p) => (
              <textarea {...p} value={justification} onChange={(e) => setJustification(e.target.value)} rows={2} maxLength={500} autoFocus className={inputClass} />
            )}
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" size="sm" onClick={() => { setJustifying(false); setJustificationError(undefined); }}>Cancelar</Button>
            <Button type="submit" variant="danger" size="sm" busy={busy === "logout"}>Confirmar saída</Button>
          </div>
        </form>
      ) : (
        <div className="flex gap-2">
          <Button type="button" variant="secondary" size="sm" busy={busy === "pause"} disabled={!steady || !!busy} onClick={() => void togglePause()}>
            {paused ? "Retomar" : "Pausar"}
          </Button>
          <Button type="button" variant="secondary" size="sm" busy={busy === "logout"} disabled={!steady || !!busy} onClick={() => void logout()}>
            Sair do CTI
          </Button>
        </div>
      )}
    </div>
  );
}

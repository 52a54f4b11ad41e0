"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { formatPhone, normalizePhone } from "@/lib/br/phone";
import type { ActionResult } from "@/lib/core/action";
import { useCtiStatus } from "./cti-status-context";

export const DIAL_LOGGED_OUT_HINT = "Faça login no CTI para discar";
/** A second click within this window is a double click: dial without the dialog. */
const DOUBLE_CLICK_MS = 250;

/** Stored numbers are E.164; a PBX's ANI comes as national digits; both display as "(11) 98765-4321". */
function displayPhone(number: string) {
  const parsed = normalizePhone(number);
  return parsed.ok ? formatPhone(parsed.e164) : number;
}

type SavePhone = (input: { phoneId: number; number: string }) => Promise<ActionResult<unknown>>;

/**
 * A phone number that dials through the CTI client: one click opens the dialog (edit, dial, dial and save),
 * a double click dials at once. Muted and inert while the CTI client is logged out.
 */
export function ClickToDial({ number, phoneId, onSave, onDial, className }: {
  /** E.164 as stored, or digits as a PBX sends them (national, no +55). */
  number: string;
  /** With onSave, "Discar e salvar" persists the edited number on this phone. */
  phoneId?: number;
  onSave?: SavePhone;
  /** Overrides the CTI context's dial (e.g. in tests or the sandbox). */
  onDial?: (number: string) => Promise<void>;
  className?: string;
}) {
  const cti = useCtiStatus();
  const router = useRouter();
  const dial = onDial ?? cti.dial;
  const [open, setOpen] = useState(false);
  const label = displayPhone(number);
  const [draft, setDraft] = useState(label);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<"dial" | "save">();
  const singleClick = useRef<ReturnType<typeof setTimeout>>(undefined);

  if (!cti.loggedIn) {
    return (
      <button
        type="button"
        aria-disabled
        title={DIAL_LOGGED_OUT_HINT}
        aria-label={`${label} (${DIAL_LOGGED_OUT_HINT.toLowerCase()})`}
        className={cn("cursor-not-allowed whitespace-nowrap text-slate-500", className)}
      >
        {label}
      </button>
    );
  }

  const openDialog = () => {
    setDraft(label);
    setError(undefined);
    setOpen(true);
  };
  const onClick = () => {
    clearTimeout(singleClick.current);
    singleClick.current = setTimeout(openDialog, DOUBLE_CLICK_MS);
  };
  const onDoubleClick = () => {
    clearTimeout(singleClick.current);
    void dial(number).catch((e: unknown) => {
      setDraft(label);
      setError(e instanceof Error ? e.message : "Não foi possível discar.");
      setOpen(true);
    });
  };

  const run = async (save: boolean) => {
    const normalized = normalizePhone(draft);
    if (!normalized.ok) return setError(normalized.message);
    setError(undefined);
    setBusy(save ? "save" : "dial");
    try {
      if (save && onSave && phoneId) {
        const result = await onSave({ phoneId, number: draft });
        if (!result.ok) return setError(result.fieldErrors.number?.[0] ?? result.error);
        router.refresh();
      }
      await dial(normalized.e164);
      setOpen(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Não foi possível discar.");
    } finally {
      setBusy(undefined);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };

  return (
    <>
      <button
        type="button"
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        title="Clique para discar; duplo clique disca direto"
        className={cn("whitespace-nowrap text-brand-700 underline decoration-dotted underline-offset-2 hover:text-brand-800", className)}
      >
        {label}
      </button>
      <Dialog open={open} onOpenChange={setOpen} title="Discar" description="Confira o número; o ramal toca e a ligação completa ao atender.">
        <form onSubmit={submit} noValidate className="space-y-4">
          <Field label="Número" error={error}>
            {(p) => <Input {...p} value={draft} onChange={(e) => setDraft(e.target.value)} type="tel" inputMode="tel" autoComplete="off" autoFocus />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
            {onSave && phoneId ? (
              <Button type="button" variant="secondary" busy={busy === "save"} disabled={!!busy} onClick={() => void run(true)}>Discar e salvar</Button>
            ) : null}
            <Button type="submit" busy={busy === "dial"} disabled={!!busy}>Discar</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

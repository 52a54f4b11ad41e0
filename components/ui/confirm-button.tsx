"use client";
import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/core/action";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { FormError } from "./field";

/** A destructive or irreversible action always asks first and shows the server's refusal in place. */
export function ConfirmButton({ label, title, description, confirmLabel = "Confirmar", variant = "danger", size = "sm", onConfirm }: {
  label: ReactNode; title: string; description: ReactNode; confirmLabel?: string;
  variant?: "danger" | "primary" | "secondary"; size?: "sm" | "md";
  onConfirm: () => Promise<ActionResult<unknown>>;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => { setOpen(o); setError(undefined); }}
      title={title}
      description={description}
      trigger={<Button type="button" variant={variant === "danger" ? "secondary" : variant} size={size}>{label}</Button>}
    >
      <FormError message={error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
        <Button
          type="button"
          variant={variant}
          busy={pending}
          onClick={() => start(async () => {
            const result = await onConfirm();
            if (result.ok) setOpen(false);
            else setError(result.error);
          })}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}

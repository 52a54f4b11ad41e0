"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ComponentProps, type ReactNode } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/core/action";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { FormError } from "./field";
import { applyServerResult } from "./use-server-form";

/**
 * A create/edit form in a dialog: one zod schema for the resolver, the server action's refusal mapped onto the fields,
 * the form reset to `initial` each time it opens, and closed (and cleared, when creating) on success.
 */
export function useDialogForm<T extends FieldValues>(
  schema: z.ZodType<T, FieldValues>, initial: T, save: (values: T) => Promise<ActionResult<unknown>>, creating: boolean,
) {
  const [open, setOpen] = useState(false);
  const form = useForm<T>({ resolver: zodResolver(schema) as unknown as Resolver<T>, defaultValues: initial as DefaultValues<T> });
  const onSubmit = form.handleSubmit(async (values) => {
    if (applyServerResult(form, await save(values))) {
      setOpen(false);
      if (creating) form.reset(initial);
    }
  });
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) form.reset(initial);
  };
  return { form, open, setOpen, onOpenChange, onSubmit };
}

export function FormDialog({ title, trigger, open, onOpenChange, onSubmit, error, submitting, children, wide }: {
  title: string; trigger: ReactNode; open: boolean; onOpenChange: (open: boolean) => void;
  onSubmit: () => void; error?: string; submitting: boolean; children: ReactNode; wide?: boolean;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} trigger={trigger} wide={wide}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormError message={error} />
        {children}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => onOpenChange(false)}>Cancelar</Button>
          <Button type="submit" busy={submitting}>Salvar</Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The "Novo…" / "Editar" trigger every registry row and header uses. */
/** Used as a Radix trigger (asChild): the click handler, ref and aria props Radix passes must reach the button. */
export function FormDialogTrigger({ editing, newLabel, ...triggerProps }: { editing: boolean; newLabel: string } & ComponentProps<"button">) {
  return (
    <Button {...triggerProps} type="button" variant={editing ? "secondary" : "primary"} size={editing ? "sm" : "md"}>
      {editing ? "Editar" : newLabel}
    </Button>
  );
}

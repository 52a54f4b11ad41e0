"use client";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/core/action";

/** Puts a server refusal onto the form: each field error on its field, the summary on root.server. */
export function applyServerResult<T extends FieldValues>(form: UseFormReturn<T>, result: ActionResult<unknown>) {
  if (result.ok) return true;
  for (const [field, messages] of Object.entries(result.fieldErrors)) {
    if (field !== "root" && messages[0]) form.setError(field as Path<T>, { type: "server", message: messages[0] });
  }
  form.setError("root.server" as Path<T>, { type: "server", message: result.error });
  return false;
}

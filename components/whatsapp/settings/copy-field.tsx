"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/** A read-only value to paste elsewhere (e.g. the webhook URL in Meta), with a copy button. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  };
  return (
    <Field label={label} hint={hint}>
      {(p) => (
        <div className="flex gap-2">
          <Input {...p} value={value} readOnly onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
          <Button type="button" variant="secondary" onClick={copy} aria-label={`Copiar ${label}`}>{copied ? "Copiado" : "Copiar"}</Button>
        </div>
      )}
    </Field>
  );
}

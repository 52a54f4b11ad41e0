"use client";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

/** The key in a read-only box with a copy button (the box is selected when the clipboard is unavailable). */
export function CopyKey({ value }: { value: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      input.current?.select();
    }
  };
  return (
    <div className="flex gap-2">
      <label className="sr-only" htmlFor="api-key-value">Chave de API</label>
      <input id="api-key-value" ref={input} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} font-mono text-xs`} />
      <Button type="button" variant="secondary" onClick={copy} aria-live="polite">{copied ? "Copiada!" : "Copiar"}</Button>
    </div>
  );
}

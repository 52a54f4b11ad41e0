"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { syncWhatsappTemplates } from "@/app/(admin)/whatsapp/templates/actions";
import { Button } from "@/components/ui/button";

/** "Sincronizar": statuses from Meta, and templates created directly there imported. */
export function SyncTemplatesButton() {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, start] = useTransition();
  return (
    <div className="flex items-center gap-3">
      {message && <span role="status" className={message.ok ? "text-sm text-emerald-700" : "text-sm text-red-600"}>{message.text}</span>}
      <Button type="button" variant="secondary" busy={pending} onClick={() => start(async () => {
        const result = await syncWhatsappTemplates({});
        setMessage(result.ok ? { ok: true, text: result.data.message } : { ok: false, text: result.error });
        if (result.ok) router.refresh();
      })}>Sincronizar</Button>
    </div>
  );
}

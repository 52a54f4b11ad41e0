"use client";
import { useState, useTransition } from "react";
import { answerSandboxCall, hangUpSandboxCall } from "@/app/(admin)/admin/sandbox/pbx/actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/core/action";

/** Atender / Desligar for one call of the simulated PBX; a refusal is shown next to the buttons. */
export function PbxCallButtons({ callId, state }: { callId: string; state: "ringing" | "answered" | "ended" }) {
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  if (state === "ended") return null;
  const run = (action: (input: unknown) => Promise<ActionResult<unknown>>) => start(async () => {
    const result = await action({ callId });
    setError(result.ok ? undefined : result.error);
  });
  return (
    <div className="flex items-center justify-end gap-2">
      {error && <span role="alert" className="text-xs text-red-600">{error}</span>}
      {state === "ringing" && <Button type="button" size="sm" busy={pending} onClick={() => run(answerSandboxCall)}>Atender</Button>}
      <Button type="button" size="sm" variant="secondary" busy={pending} onClick={() => run(hangUpSandboxCall)}>Desligar</Button>
    </div>
  );
}

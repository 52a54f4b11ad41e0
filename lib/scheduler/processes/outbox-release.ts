import { z } from "zod";
import { releaseHeld } from "@/lib/messaging/release-held";
import { defineProcess } from "./define";

/** "Envio da fila": messages held by their producer (e.g. the billing rule) become ready for the dispatcher. */
export const outboxRelease = defineProcess({
  code: "outbox.release",
  name: "Envio da fila",
  type: "Mensageria",
  params: z.object({}),
  handler: async ({ db, clock, run, log }) => {
    const released = await releaseHeld({ db, clock, companyIds: run.companyIds });
    await log(released === 0
      ? "Nenhuma mensagem retida na fila das empresas desta execução."
      : `${released} mensagem(ns) liberada(s) para envio.`);
    return { found: released, queued: released };
  },
});

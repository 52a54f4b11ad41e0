import type { z } from "zod";
import type { ProviderFailure } from "@/lib/providers/types";

/** A payload the producer built wrong is a permanent failure of that message, shown on its row; no call is made. */
export const invalidPayload = (error: z.ZodError): ProviderFailure => ({
  ok: false, code: "payload", retryable: false, neverLeft: true,
  message: `Conteúdo da mensagem inválido: ${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
});

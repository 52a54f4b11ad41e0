import { z } from "zod";
import { normalizePhone } from "@/lib/br/phone";

const percent = (what: string) =>
  z.number({ error: `Informe o percentual de ${what} (0 a 100).` })
    .min(0, `O percentual de ${what} vai de 0 a 100.`).max(100, `O percentual de ${what} vai de 0 a 100.`);

/** Numbers typed one per line (or separated by commas/semicolons), blanks ignored. */
export const splitPhoneList = (text: string) => text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);

/** The "Falhas simuladas" form: percentages as people type them; the service turns them into the simulator's shares. */
export const sandboxFaultsSchema = z.object({
  latencyMs: z.number({ error: "Informe a latência em milissegundos (0 para nenhuma)." })
    .int("Use um número inteiro de milissegundos.").min(0, "A latência não pode ser negativa.").max(60_000, "Latência de no máximo 60.000 ms."),
  percent5xx: percent("erros 5xx"),
  percent429: percent("respostas 429"),
  retryAfterSeconds: z.number({ error: "Informe o Retry-After em segundos." })
    .int("Use um número inteiro de segundos.").min(0, "O Retry-After não pode ser negativo.").max(3600, "Retry-After de no máximo 3.600 s."),
  percentTimeout: percent("timeouts"),
  invalidToken: z.boolean(),
  failingNumbers: z.string().max(5000, "Lista de números longa demais."),
}).superRefine((value, ctx) => {
  if (value.percent5xx + value.percent429 + value.percentTimeout > 100) {
    ctx.addIssue({ code: "custom", path: ["percentTimeout"], message: "A soma de 5xx, 429 e timeout não pode passar de 100%." });
  }
  for (const raw of splitPhoneList(value.failingNumbers)) {
    if (!normalizePhone(raw).ok) {
      ctx.addIssue({ code: "custom", path: ["failingNumbers"], message: `Número inválido: ${raw}. Use DDD e número, ex.: (11) 98765-4321.` });
      return;
    }
  }
});
export type SandboxFaultsInput = z.infer<typeof sandboxFaultsSchema>;

export const sandboxResetSchema = z.object({});

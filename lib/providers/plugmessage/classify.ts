import { parseRetryAfter } from "@/lib/providers/rdconversas/classify";
import type { ProviderFailure } from "@/lib/providers/types";
import { PLUG_NOT_CONNECTED, readError } from "./wire";

export type PlugOutcome =
  | { kind: "response"; status: number; body: unknown; retryAfter?: string | null; now: Date }
  | { kind: "error"; error: unknown };

/** Connection-stage errors: the request never reached PlugMessage, so resending cannot duplicate. */
const NEVER_LEFT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

const failure = (code: string, retryable: boolean, message: string, extra: Partial<ProviderFailure> = {}): ProviderFailure =>
  ({ ok: false, code, retryable, message, ...extra });

function classifyError(error: unknown): ProviderFailure {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return failure("timeout", true, "O PlugMessage não respondeu a tempo; a mensagem pode ter sido recebida.");
  }
  const code = (error as { code?: unknown } | null)?.code;
  const detail = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  if (typeof code === "string" && NEVER_LEFT_CODES.has(code)) {
    return failure("network", true, `Não foi possível conectar ao PlugMessage (${detail})`, { neverLeft: true });
  }
  return failure("network", true, `A conexão com o PlugMessage falhou durante a requisição (${detail})`);
}

/** Null for a success; otherwise the failure, transient (retry later) or permanent (never retry). */
export function classifyPlug(outcome: PlugOutcome): ProviderFailure | null {
  if (outcome.kind === "error") return classifyError(outcome.error);
  const { status, body } = outcome;
  const raw = body ?? undefined;
  const detail = readError(body);
  if (status >= 200 && status < 300) return null;
  if (status === 401) return failure("401", false, "Token do PlugMessage inválido", { httpStatus: status, raw });
  // A reconnect (new QR read) makes the same message sendable again: wait and retry rather than give up.
  if (status === 409 && detail === PLUG_NOT_CONNECTED) {
    return failure(PLUG_NOT_CONNECTED, true, "A sessão do PlugMessage não está conectada: leia o QR code novamente", { httpStatus: status, raw });
  }
  if (status === 404) return failure("404", false, "Sessão do PlugMessage não encontrada: conecte-se novamente", { httpStatus: status, raw });
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(outcome.retryAfter, outcome.now);
    return failure("429", true, "Limite de requisições do PlugMessage atingido; nova tentativa mais tarde",
      { httpStatus: status, raw, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  }
  if (status >= 500) return failure("http_5xx", true, `O PlugMessage falhou (HTTP ${status})`, { httpStatus: status, raw });
  return failure(detail || `http_${status}`, false,
    `O PlugMessage recusou a requisição (HTTP ${status}${detail ? `: ${detail}` : ""})`, { httpStatus: status, raw });
}

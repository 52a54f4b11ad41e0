import type { ProviderFailure } from "@/lib/providers/types";
import { RD_BUSINESS_CODES, readBusinessError } from "./wire";
import { errorCodes } from "../network-errors";

/** What one HTTP call produced: an answer (any status) or a thrown fetch error. */
export type RdOutcome =
  | { kind: "response"; status: number; body: unknown; retryAfter?: string | null; now: Date }
  | { kind: "error"; error: unknown };

/** Connection-stage errors: the request never reached the provider, so resending cannot duplicate. */
const NEVER_LEFT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

const BUSINESS_MESSAGES: Record<string, string> = {
  [RD_BUSINESS_CODES.invalidNumber]: "Número de WhatsApp inválido no RD Conversas",
  [RD_BUSINESS_CODES.invalidTemplate]: "Template inválido ou não aprovado no RD Conversas",
  [RD_BUSINESS_CODES.invalidIntegration]: "Integração (chip) inválida no RD Conversas",
};

const permanent = (code: string, message: string, extra: Partial<ProviderFailure> = {}): ProviderFailure =>
  ({ ok: false, code, retryable: false, message, ...extra });
const transient = (code: string, message: string, extra: Partial<ProviderFailure> = {}): ProviderFailure =>
  ({ ok: false, code, retryable: true, message, ...extra });

const withDetail = (message: string, detail?: string) => (detail ? `${message} (${detail})` : message);

/** Retry-After in seconds ("30") or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

function classifyError(error: unknown): ProviderFailure {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    // The request may have arrived: the caller must not treat a timeout as "never sent".
    return transient("timeout", "O RD Conversas não respondeu a tempo; a mensagem pode ter sido recebida.");
  }
  const codes = errorCodes(error);
  const neverLeft = codes.length > 0 && codes.every((c) => NEVER_LEFT_CODES.has(c));
  const detail = codes[0] ?? (error instanceof Error ? error.message : String(error));
  if (neverLeft) return transient("network", withDetail("Não foi possível conectar ao RD Conversas", detail), { neverLeft: true });
  return transient("network", withDetail("A conexão com o RD Conversas falhou durante a requisição", detail));
}

/** Null for a success; otherwise the failure, transient (retry later) or permanent (never retry). */
export function classifyRd(outcome: RdOutcome): ProviderFailure | null {
  if (outcome.kind === "error") return classifyError(outcome.error);
  const { status, body } = outcome;
  const business = readBusinessError(body);
  const raw = body ?? undefined;
  if (status === 401) return permanent("401", "Token do RD Conversas inválido", { httpStatus: status, raw });
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(outcome.retryAfter, outcome.now);
    return transient("429", "Limite de requisições do RD Conversas atingido; nova tentativa mais tarde",
      { httpStatus: status, raw, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  }
  if (status >= 500) return transient("http_5xx", `O RD Conversas falhou (HTTP ${status})`, { httpStatus: status, raw });
  if (business && BUSINESS_MESSAGES[business.code]) {
    return permanent(business.code, withDetail(BUSINESS_MESSAGES[business.code]!, business.message), { httpStatus: status, raw });
  }
  if (business && /black\s?list/i.test(`${business.code} ${business.message}`)) {
    return permanent("blacklist", withDetail("Número na lista de bloqueio (blacklist) do RD Conversas", business.message), { httpStatus: status, raw });
  }
  if (status >= 200 && status < 300) return null;
  return permanent(business?.code || `http_${status}`,
    withDetail(`O RD Conversas recusou a requisição (HTTP ${status})`, business?.message), { httpStatus: status, raw });
}

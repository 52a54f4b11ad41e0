import { parseRetryAfter } from "@/lib/providers/rdconversas/classify";
import type { ProviderFailure } from "@/lib/providers/types";
import { META_DUPLICATE_TEMPLATE_SUBCODE, META_ERROR_CODES, readGraphError } from "./wire";
import { errorCodes } from "../network-errors";

/** What one Graph call produced: an answer (any status) or a thrown transport error. */
export type MetaOutcome =
  | { kind: "response"; status: number; body: unknown; retryAfter?: string | null; now: Date }
  | { kind: "error"; error: unknown };

/** Connection-stage errors: the request never reached Meta, so resending cannot duplicate. */
const NEVER_LEFT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** Meta's transient codes: generic/temporary errors and every rate limit (retry later). */
const TRANSIENT_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131056]);

const KNOWN_MESSAGES: Record<number, string> = {
  2: "A Meta está temporariamente indisponível",
  4: "Limite de chamadas do aplicativo na Meta atingido; nova tentativa mais tarde",
  80007: "Limite de chamadas da conta WhatsApp Business atingido; nova tentativa mais tarde",
  130429: "Limite de envios por segundo da Meta atingido; nova tentativa mais tarde",
  131000: "A Meta falhou ao processar a mensagem",
  131056: "Muitas mensagens para o mesmo número em pouco tempo; nova tentativa mais tarde",
  190: "Token da Meta inválido ou expirado: confira o token nas configurações da API oficial",
  131047: "Fora da janela de 24 h: envie um modelo aprovado",
  131026: "Mensagem não entregue: o número não pode receber mensagens do WhatsApp",
  131051: "Tipo de mensagem não suportado pela Meta",
  132000: "A quantidade de variáveis não confere com a do modelo",
  132001: "Modelo inexistente na Meta ou ainda não aprovado neste idioma",
  132005: "O texto do modelo com as variáveis ficou longo demais",
  132007: "O conteúdo das variáveis viola as políticas do WhatsApp",
  132012: "Formato das variáveis não confere com o do modelo",
  132015: "Modelo pausado pela Meta por baixa qualidade",
  132016: "Modelo desativado pela Meta",
  100: "Parâmetro inválido na chamada à Meta",
};

/** Portuguese text for a Graph code (sync errors and webhook status errors alike), always ending with the code. */
export function metaErrorMessage(code: number, detail?: string, subcode?: number): string {
  if (code === 100 && subcode === META_DUPLICATE_TEMPLATE_SUBCODE) return `Já existe um modelo com este nome neste idioma na Meta (100/${subcode})`;
  const base = KNOWN_MESSAGES[code] ?? (code >= 132000 && code < 133000 ? "Problema com o modelo na Meta" : "A Meta recusou a requisição");
  return `${base}${detail ? `: ${detail}` : ""} (${code})`;
}

const failure = (retryable: boolean, code: string, message: string, extra: Partial<ProviderFailure> = {}): ProviderFailure =>
  ({ ok: false, code, retryable, message, ...extra });

function classifyError(error: unknown): ProviderFailure {
  const name = (error as { name?: unknown } | null)?.name;
  // The request may have arrived: a timeout is never treated as "not sent".
  if (name === "TimeoutError" || name === "AbortError") return failure(true, "timeout", "A Meta não respondeu a tempo; a mensagem pode ter sido recebida.");
  const codes = errorCodes(error);
  const detail = codes[0] ?? (error instanceof Error ? error.message : String(error));
  if (codes.length > 0 && codes.every((c) => NEVER_LEFT_CODES.has(c))) {
    return failure(true, "network", `Não foi possível conectar à Meta (${detail})`, { neverLeft: true });
  }
  return failure(true, "network", `A conexão com a Meta falhou durante a requisição (${detail})`);
}

/** Null for a success; otherwise the failure, transient (retry later) or permanent (never retry), in Portuguese with Meta's code. */
export function classifyMeta(outcome: MetaOutcome): ProviderFailure | null {
  if (outcome.kind === "error") return classifyError(outcome.error);
  const { status, body } = outcome;
  if (status >= 200 && status < 300) return null;
  const graph = readGraphError(body);
  const raw = body ?? undefined;
  const retryAfterMs = parseRetryAfter(outcome.retryAfter, outcome.now);
  const retryExtra = { httpStatus: status, raw, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  if (graph && graph.code) {
    // Known codes read well on their own (Meta's English details stay in raw); a bad parameter or an unknown code needs them.
    const known = Boolean(KNOWN_MESSAGES[graph.code]) && graph.code !== META_ERROR_CODES.invalidParameter;
    const detail = known ? undefined : graph.details ?? (graph.message || undefined);
    const message = metaErrorMessage(graph.code, detail, graph.subcode);
    const transient = TRANSIENT_CODES.has(graph.code) || status === 429 || status >= 500;
    return failure(transient, String(graph.code), message, transient ? retryExtra : { httpStatus: status, raw });
  }
  if (status === 401) return failure(false, "190", metaErrorMessage(190), { httpStatus: status, raw });
  if (status === 429) return failure(true, "429", "Limite de requisições da Meta atingido; nova tentativa mais tarde (HTTP 429)", retryExtra);
  if (status >= 500) return failure(true, "http_5xx", `A Meta falhou (HTTP ${status})`, { httpStatus: status, raw });
  return failure(false, `http_${status}`, `A Meta recusou a requisição (HTTP ${status})`, { httpStatus: status, raw });
}

import { normalizePhone } from "@/lib/br/phone";
import { request } from "@/lib/providers/http-client";
import type { ListResult, ProviderAdapter, ProviderChannel, ProviderFailure, ProviderTemplate, SendResult } from "@/lib/providers/types";
import { classifyPlug } from "./classify";
import { PLUG_PATHS, readMessageId, readSession, type PlugSession } from "./wire";

/** A PlugMessage account as the adapter needs it: token decrypted; sessionId is the connected session that sends. */
export type PlugAdapterAccount = {
  provider: "plugmessage";
  baseUrl: string;
  credentials: { token?: string; sessionId?: string } & Record<string, unknown>;
  timeoutMs?: number;
};

export type SessionResult = { ok: true; session: PlugSession } | ProviderFailure;

/** The messaging interface plus the QR-code session the unofficial API lives on. */
export type PlugMessageAdapter = ProviderAdapter & {
  createSession(): Promise<SessionResult>;
  getSession(sessionId: string): Promise<SessionResult>;
  disconnect(sessionId: string): Promise<{ ok: true } | ProviderFailure>;
};

type Answer = { ok: true; status: number; body: unknown } | ProviderFailure;

const unsupported = (message: string): ProviderFailure => ({ ok: false, code: "unsupported", retryable: false, message });

/** PlugMessage over HTTP. Never throws for provider or network problems: every failure comes back classified. */
export function createPlugMessageAdapter(account: PlugAdapterAccount): PlugMessageAdapter {
  const baseUrl = account.baseUrl.replace(/\/+$/, "");
  const token = typeof account.credentials.token === "string" ? account.credentials.token : "";
  const storedSession = typeof account.credentials.sessionId === "string" ? account.credentials.sessionId : "";
  const timeoutMs = account.timeoutMs ?? 10_000;

  async function call(method: "GET" | "POST" | "DELETE", path: string, payload?: unknown): Promise<Answer> {
    if (!token) return { ok: false, code: "missing_token", retryable: false, message: "A conta do PlugMessage não tem token configurado" };
    try {
      const response = await request({
        method, url: `${baseUrl}${path}`, timeoutMs, body: payload,
        headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
      });
      const failure = classifyPlug({ kind: "response", status: response.status, body: response.body, retryAfter: response.headers["retry-after"], now: new Date() });
      return failure ?? { ok: true, status: response.status, body: response.body };
    } catch (error) {
      return classifyPlug({ kind: "error", error })!;
    }
  }

  function session(answer: Answer): SessionResult {
    if (!answer.ok) return answer;
    const parsed = readSession(answer.body);
    if (parsed) return { ok: true, session: parsed };
    return { ok: false, code: "bad_answer", retryable: false, httpStatus: answer.status, raw: answer.body, message: "O PlugMessage devolveu uma sessão sem id ou status" };
  }

  const noSession = (): ProviderFailure =>
    ({ ok: false, code: "no_session", retryable: false, message: "Nenhuma sessão do PlugMessage conectada: conecte-se lendo o QR code" });

  return {
    createSession: async () => session(await call("POST", PLUG_PATHS.sessions, {})),
    getSession: async (sessionId) => session(await call("GET", PLUG_PATHS.session(sessionId))),
    async disconnect(sessionId) {
      const answer = await call("DELETE", PLUG_PATHS.session(sessionId));
      // Already gone at PlugMessage: disconnected is what we wanted.
      return answer.ok || answer.code === "404" ? { ok: true } : answer;
    },

    async sendText({ to, text, channelId }): Promise<SendResult> {
      const sessionId = channelId || storedSession;
      if (!sessionId) return noSession();
      const phone = normalizePhone(to);
      if (!phone.ok) return { ok: false, code: "invalid_phone", retryable: false, message: `Telefone inválido para o PlugMessage: ${to}` };
      const answer = await call("POST", PLUG_PATHS.messages(sessionId), { to: phone.e164, text });
      if (!answer.ok) return answer;
      const providerId = readMessageId(answer.body);
      if (providerId) return { ok: true, providerId, httpStatus: answer.status, raw: answer.body };
      return {
        ok: false, code: "missing_id", retryable: false, httpStatus: answer.status, raw: answer.body,
        message: "O PlugMessage aceitou o envio mas não devolveu o identificador; confira antes de reenviar",
      };
    },

    sendTemplate: async () => unsupported("Modelos de mensagem (templates) só existem na API oficial; o PlugMessage envia texto livre"),
    createContact: async () => unsupported("O PlugMessage não cadastra contatos: envia direto ao número"),

    async listChannels(): Promise<ListResult<ProviderChannel>> {
      if (!storedSession) return { ok: true, items: [] };
      const answer = await call("GET", PLUG_PATHS.session(storedSession));
      const read = session(answer);
      if (!read.ok) return read;
      const { id, phone, status } = read.session;
      return { ok: true, items: status === "connected" ? [{ id, number: phone ?? "", name: "Sessão PlugMessage" }] : [] };
    },

    listTemplates: async (): Promise<ListResult<ProviderTemplate>> => unsupported("Modelos de mensagem (templates) só existem na API oficial"),
  };
}

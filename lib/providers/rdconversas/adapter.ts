import type {
  AdapterAccount, ListResult, ProviderAdapter, ProviderChannel, ProviderFailure, ProviderTemplate, SendResult,
} from "@/lib/providers/types";
import { request } from "@/lib/providers/http-client";
import { classifyRd } from "./classify";
import {
  RD_PATHS, SENT_MESSAGE_ID_FIELD, readChips, readDataId, readTemplates, sendTemplateBody, toRdCelPhone, toRdPhone,
} from "./wire";

type Answer = { ok: true; status: number; body: unknown } | ProviderFailure;

/** RD Conversas over HTTP. Never throws for provider or network problems: every failure comes back classified. */
export function createRdConversasAdapter(account: AdapterAccount): ProviderAdapter {
  const baseUrl = account.baseUrl.replace(/\/+$/, "");
  const token = typeof account.credentials.token === "string" ? account.credentials.token : "";
  const timeoutMs = account.timeoutMs ?? 10_000;

  async function call(method: "GET" | "POST", path: string, payload?: unknown): Promise<Answer> {
    if (!token) return { ok: false, code: "missing_token", retryable: false, message: "A conta do RD Conversas não tem token configurado" };
    try {
      const response = await request({
        method, url: `${baseUrl}${path}`, timeoutMs, body: payload,
        headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
      });
      const { status, body } = response;
      const failure = classifyRd({ kind: "response", status, body, retryAfter: response.headers["retry-after"], now: new Date() });
      return failure ?? { ok: true, status, body };
    } catch (error) {
      return classifyRd({ kind: "error", error })!;
    }
  }

  /** An accepted call without the id we store is reported, never retried: the message may well have gone out. */
  function withId(answer: Answer, what: string): SendResult {
    if (!answer.ok) return answer;
    const providerId = readDataId(answer.body);
    if (providerId) return { ok: true, providerId, httpStatus: answer.status, raw: answer.body };
    return {
      ok: false, code: "missing_id", retryable: false, httpStatus: answer.status, raw: answer.body,
      message: `O RD Conversas aceitou ${what} mas não devolveu o identificador (${SENT_MESSAGE_ID_FIELD}); confira antes de reenviar`,
    };
  }

  const invalidPhone = (message: string): ProviderFailure => ({ ok: false, code: "invalid_phone", retryable: false, message });

  return {
    async sendTemplate({ to, templateId, variables, channelId, sentBy }) {
      const phone = toRdPhone(to);
      if (!phone.ok) return invalidPhone(phone.message);
      const body = sendTemplateBody({ national: phone.national, templateId, sentBy: sentBy ?? channelId ?? "", variables });
      return withId(await call("POST", RD_PATHS.sendTemplate, body), "o envio");
    },

    async sendText() {
      return { ok: false, code: "unsupported", retryable: false, message: "O RD Conversas só envia templates aprovados; texto livre não é suportado" };
    },

    async createContact({ name, phone, channelId }) {
      const parsed = toRdPhone(phone);
      if (!parsed.ok) return invalidPhone(parsed.message);
      const body = { full_name: name, cel_phone: toRdCelPhone(parsed.national), integration: channelId };
      return withId(await call("POST", RD_PATHS.createContact, body), "o contato");
    },

    async listChannels(): Promise<ListResult<ProviderChannel>> {
      const answer = await call("GET", RD_PATHS.chips);
      return answer.ok ? { ok: true, items: readChips(answer.body) } : answer;
    },

    async listTemplates(): Promise<ListResult<ProviderTemplate>> {
      let answer = await call("GET", RD_PATHS.templates);
      // Some accounts only answer the older listing path.
      if (!answer.ok && answer.httpStatus === 404) answer = await call("GET", RD_PATHS.templatesLegacy);
      return answer.ok ? { ok: true, items: readTemplates(answer.body) } : answer;
    },
  };
}

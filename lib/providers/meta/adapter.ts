import type { AdapterAccount, ListResult, ProviderAdapter, ProviderChannel, ProviderFailure, ProviderTemplate, SendResult } from "@/lib/providers/types";
import { normalizePhone } from "@/lib/br/phone";
import { graphCall, graphId, type GraphAnswer, type MetaConnection } from "./graph-call";
import { listMetaTemplates } from "./client";
import { META_LANGUAGE, readWamid, sendTemplateBody, sendTextBody, toMetaPhone } from "./wire";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The engine's account (credentials already decrypted) as a Graph connection. */
export function metaConnectionOf(account: AdapterAccount): MetaConnection {
  const { token, wabaId, phoneNumberId } = account.credentials;
  return { baseUrl: account.baseUrl, token: text(token), wabaId: text(wabaId), phoneNumberId: text(phoneNumberId), timeoutMs: account.timeoutMs };
}

/** The Meta WhatsApp Cloud API over HTTP. Never throws for provider or network problems: every failure comes back classified. */
export function createMetaAdapter(account: AdapterAccount): ProviderAdapter {
  const connection = metaConnectionOf(account);

  /** An accepted send without a wamid is reported, never retried: the message may well have gone out. */
  function withWamid(answer: GraphAnswer): SendResult {
    if (!answer.ok) return answer;
    const providerId = readWamid(answer.body);
    if (providerId) return { ok: true, providerId, httpStatus: answer.status, raw: answer.body };
    return {
      ok: false, code: "missing_id", retryable: false, httpStatus: answer.status, raw: answer.body,
      message: "A Meta aceitou o envio mas não devolveu o identificador (wamid); confira antes de reenviar",
    };
  }

  async function send(to: string, build: (metaPhone: string) => unknown): Promise<SendResult> {
    const phone = normalizePhone(to);
    if (!phone.ok) return { ok: false, code: "invalid_phone", retryable: false, message: `Telefone inválido para o WhatsApp: ${to}` };
    const sender = graphId(connection.phoneNumberId, "Id do número de telefone");
    if (!sender.ok) return sender;
    return withWamid(await graphCall(connection, "POST", `/${sender.id}/messages`, { body: build(toMetaPhone(phone.e164)) }));
  }

  return {
    /** templateId is the template NAME at Meta (sends address templates by name and language). */
    async sendTemplate({ to, templateId, variables, language }) {
      return send(to, (metaPhone) => sendTemplateBody({ to: metaPhone, name: templateId, language: language ?? META_LANGUAGE, variables }));
    },

    async sendText({ to, text: body }) {
      return send(to, (metaPhone) => sendTextBody({ to: metaPhone, text: body }));
    },

    async createContact(): Promise<SendResult> {
      const unsupported: ProviderFailure = {
        ok: false, code: "unsupported", retryable: false, message: "A API oficial do WhatsApp não tem cadastro de contatos: envie direto ao número",
      };
      return unsupported;
    },

    async listChannels(): Promise<ListResult<ProviderChannel>> {
      const sender = graphId(connection.phoneNumberId, "Id do número de telefone");
      if (!sender.ok) return sender;
      return { ok: true, items: [{ id: sender.id, number: sender.id, name: "WhatsApp oficial" }] };
    },

    async listTemplates(): Promise<ListResult<ProviderTemplate>> {
      const listed = await listMetaTemplates(connection);
      if (!listed.ok) return listed;
      return {
        ok: true,
        items: listed.items.map((t) => ({ id: t.name, name: t.name, text: t.body, variableCount: t.variableCount, status: t.status })),
      };
    },
  };
}

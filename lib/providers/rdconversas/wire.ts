import { normalizePhone } from "@/lib/br/phone";
import type { ProviderChannel, ProviderTemplate } from "@/lib/providers/types";
import { highestPlaceholder } from "@/lib/messaging/placeholders";

/**
 * The RD Conversas (ex-Tallos) wire mapping, in one place so it can be corrected against a real account.
 * Paths and request fields follow PROVIDERS.md; the response shapes below are our reading of the public docs:
 * - lists answer `{ data: [...] }` (a bare array is accepted too);
 * - chips carry `_id`, `phone` and `name`; templates carry `_id`, `name`, `text` (with {{n}}) and `status`;
 * - contact creation answers `{ data: { _id } }`;
 * - template send answers 201 with the message id in `data._id` (SENT_MESSAGE_ID_FIELD);
 * - business refusals carry `{ code, message }` in the body (301 number, 308 template, 312 integration).
 */
export const RD_PATHS = {
  chips: "/v2/whatsapp/integrations",
  templates: "/v2/templates",
  templatesLegacy: "/v2/template/all",
  createContact: "/v2/contacts/whatsapp-business-by-brokers",
  sendTemplate: "/v3/messages/template/send",
} as const;

export const RD_COUNTRY_CODE = "55";
export const SENT_MESSAGE_ID_FIELD = "data._id";

export const RD_BUSINESS_CODES = { invalidNumber: 301, invalidTemplate: 308, invalidIntegration: 312 } as const;

export type RdSendTemplateBody = {
  recipient_number: string; country_code: string; template_message_id: string; sent_by: string; variables: string[];
};
export type RdCreateContactBody = { full_name: string; cel_phone: string; integration: string };

export type RdPhone = { ok: true; national: string } | { ok: false; message: string };

/**
 * Already-E.164 Brazilian mobiles (DDD + 9 + 8 digits) and landlines (DDD + [2-5] + 7 digits) that libphonenumber's BR
 * metadata accepts as valid; parsing costs ~80 µs per send, so these skip it and anything else goes to the library.
 */
const BR_E164_FAST = /^\+55((?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])(?:9\d{8}|[2-5]\d{7}))$/;

/**
 * recipient_number is the Brazilian national number (DDD + number, digits only, e.g. "11987654321") because
 * country_code travels apart as "55"; numbers of other countries cannot be sent through this contract.
 */
export function toRdPhone(phone: string): RdPhone {
  const fast = BR_E164_FAST.exec(phone);
  if (fast) return { ok: true, national: fast[1]! };
  const normalized = normalizePhone(phone);
  if (!normalized.ok) return { ok: false, message: `Telefone inválido para o RD Conversas: ${phone}` };
  if (!normalized.e164.startsWith(`+${RD_COUNTRY_CODE}`)) {
    return { ok: false, message: `O RD Conversas só envia para números do Brasil (+55): ${phone}` };
  }
  return { ok: true, national: normalized.e164.slice(1 + RD_COUNTRY_CODE.length) };
}

/** cel_phone (contact creation) is sent with the country code, digits only ("5511987654321"): the docs show no DDI field there. */
export const toRdCelPhone = (national: string) => `${RD_COUNTRY_CODE}${national}`;

export function sendTemplateBody(input: { national: string; templateId: string; sentBy: string; variables: string[] }): RdSendTemplateBody {
  return {
    recipient_number: input.national, country_code: RD_COUNTRY_CODE, template_message_id: input.templateId,
    sent_by: input.sentBy, variables: input.variables,
  };
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asString = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

function listOf(body: unknown): Record<string, unknown>[] {
  const items = Array.isArray(body) ? body : asRecord(body).data;
  return Array.isArray(items) ? items.map(asRecord) : [];
}

/** Highest {{n}} in a template text: the number of variables a send must carry. */
export const variableCountOf = highestPlaceholder;

export const readChips = (body: unknown): ProviderChannel[] =>
  listOf(body).map((c) => ({ id: asString(c._id), number: asString(c.phone), name: asString(c.name) }));

export const readTemplates = (body: unknown): ProviderTemplate[] =>
  listOf(body).map((t) => {
    const text = asString(t.text);
    return { id: asString(t._id), name: asString(t.name), text, variableCount: variableCountOf(text), status: asString(t.status) };
  });

/** `{ data: { _id } }`, the shape of both contact creation and template send answers; "" when absent. */
export const readDataId = (body: unknown): string => asString(asRecord(asRecord(body).data)._id);

/** Business refusal carried in a body: `{ code, message }` (code as number or string). */
export function readBusinessError(body: unknown): { code: string; message: string } | null {
  const record = asRecord(body);
  const code = asString(record.code);
  const message = asString(record.message) || asString(record.error);
  if (!code && !message) return null;
  return { code, message };
}

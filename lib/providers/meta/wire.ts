import { fillPlaceholders, placeholderNumbers } from "@/lib/messaging/placeholders";

/**
 * The Meta WhatsApp Cloud API (Graph) wire shapes, in one place so they can be corrected against a real account:
 * request bodies, answers, errors and the webhook payloads Meta POSTs (PROVIDERS.md "Meta WhatsApp Cloud API").
 */
export const META_LANGUAGE = "pt_BR";
export const META_TEMPLATE_CATEGORIES = ["MARKETING", "UTILITY", "AUTHENTICATION"] as const;
export type MetaTemplateCategory = (typeof META_TEMPLATE_CATEGORIES)[number];
export const META_TEMPLATE_STATUSES = ["APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED"] as const;
export type MetaTemplateStatus = (typeof META_TEMPLATE_STATUSES)[number];
export const META_REJECTION_REASONS = ["NONE", "INCORRECT_CATEGORY", "INVALID_FORMAT", "ABUSIVE_CONTENT", "SCAM", "TAG_CONTENT_MISMATCH"] as const;
export type MetaRejectionReason = (typeof META_REJECTION_REASONS)[number];

/** Why Meta refused a template, as admins read it. */
export const META_REJECTION_REASON_LABELS: Record<MetaRejectionReason, string> = {
  NONE: "Sem motivo informado",
  INCORRECT_CATEGORY: "Categoria incorreta para o conteúdo",
  INVALID_FORMAT: "Formato inválido (variáveis, exemplos ou texto)",
  ABUSIVE_CONTENT: "Conteúdo abusivo ou proibido pelas políticas do WhatsApp",
  SCAM: "Suspeita de golpe",
  TAG_CONTENT_MISMATCH: "O conteúdo não corresponde à categoria escolhida",
};

/** Template names Meta accepts: lowercase letters, digits and underscores. */
export const META_TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;
export const META_BODY_MAX_LENGTH = 1024;
export const META_TEXT_MAX_LENGTH = 4096;

/** Graph error codes this integration reacts to. */
export const META_ERROR_CODES = {
  invalidParameter: 100,
  invalidToken: 190,
  throughput: 130429,
  pairRateLimit: 131056,
  outsideWindow: 131047,
  undeliverable: 131026,
  templateParams: 132000,
  templateMissing: 132001,
} as const;
/** error_subcode of code 100 when the name is taken in that language. */
export const META_DUPLICATE_TEMPLATE_SUBCODE = 2388024;

// ---- requests ----------------------------------------------------------------------------------------------------

export type MetaBodyComponent = { type: "BODY"; text: string; example?: { body_text: string[][] } };
export type MetaTemplateComponent = MetaBodyComponent | { type: string; [key: string]: unknown };

export type MetaCreateTemplateBody = { name: string; category: MetaTemplateCategory; language: string; components: MetaTemplateComponent[] };
export type MetaEditTemplateBody = { components: MetaTemplateComponent[]; category?: MetaTemplateCategory };

export type MetaSendBody = {
  messaging_product: "whatsapp";
  recipient_type: "individual";
  to: string;
} & (
  | { type: "template"; template: { name: string; language: { code: string }; components: { type: "body"; parameters: { type: "text"; text: string }[] }[] } }
  | { type: "text"; text: { body: string; preview_url?: boolean } }
);

// ---- answers -----------------------------------------------------------------------------------------------------

export type MetaCreateTemplateAnswer = { id: string; status: MetaTemplateStatus; category: MetaTemplateCategory };
export type MetaWireTemplate = {
  id: string; name: string; status: MetaTemplateStatus; category: MetaTemplateCategory; language: string;
  components: MetaTemplateComponent[]; rejected_reason?: MetaRejectionReason;
};
export type MetaTemplateList = { data: MetaWireTemplate[]; paging: { cursors?: { before: string; after: string }; next?: string } };
export type MetaSendAnswer = { messaging_product: "whatsapp"; contacts: { input: string; wa_id: string }[]; messages: { id: string }[] };
export type MetaGraphError = {
  error: {
    message: string; type: string; code: number; error_subcode?: number;
    error_data?: { messaging_product: "whatsapp"; details: string }; error_user_title?: string; error_user_msg?: string; fbtrace_id: string;
  };
};

// ---- webhooks ----------------------------------------------------------------------------------------------------

export type MetaStatusName = "sent" | "delivered" | "read" | "failed";
export type MetaStatusError = { code: number; title: string; message?: string; error_data?: { details: string } };
export type MetaStatus = { id: string; status: MetaStatusName; timestamp: string; recipient_id: string; errors?: MetaStatusError[] };
export type MetaInboundMessage = { from: string; id: string; timestamp: string; type: "text"; text: { body: string } };
export type MetaMessagesValue = {
  messaging_product: "whatsapp";
  metadata: { display_phone_number: string; phone_number_id: string };
  statuses?: MetaStatus[];
  contacts?: { profile: { name: string }; wa_id: string }[];
  messages?: MetaInboundMessage[];
};
export type MetaTemplateStatusValue = {
  event: MetaTemplateStatus;
  message_template_id: number;
  message_template_name: string;
  message_template_language: string;
  reason: MetaRejectionReason | string;
};
export type MetaWebhookChange =
  | { field: "messages"; value: MetaMessagesValue }
  | { field: "message_template_status_update"; value: MetaTemplateStatusValue };
export type MetaWebhookPayload = { object: "whatsapp_business_account"; entry: { id: string; time?: number; changes: MetaWebhookChange[] }[] };

export const META_SIGNATURE_HEADER = "X-Hub-Signature-256";

// ---- helpers shared by the adapter and the simulator ------------------------------------------------------------

/** The 1-based placeholder numbers a body uses, in order of first appearance ("{{2}} {{1}} {{2}}" → [2, 1]). */
export const placeholdersOf = (text: string): number[] => [...new Set(placeholderNumbers(text))];

/** Number of distinct variables a body carries: what a send must fill and the examples must cover. */
export const variableCountOf = (text: string) => placeholdersOf(text).length;

/** The body of a template with its variables filled in ({{n}} ← values[n-1]). */
export const renderBody = (text: string, values: string[]) => fillPlaceholders(text, values, () => "");

/** Recipient as Meta's `to` / `wa_id`: international digits without "+" ("5511987654321"). */
export const toMetaPhone = (e164: string) => e164.replace(/\D/g, "");

export function bodyComponent(text: string, examples: string[]): MetaBodyComponent {
  return examples.length > 0 ? { type: "BODY", text, example: { body_text: [examples] } } : { type: "BODY", text };
}

export function createTemplateBody(input: { name: string; category: MetaTemplateCategory; language: string; body: string; examples: string[] }): MetaCreateTemplateBody {
  return { name: input.name, category: input.category, language: input.language, components: [bodyComponent(input.body, input.examples)] };
}

export function sendTemplateBody(input: { to: string; name: string; language: string; variables: string[] }): MetaSendBody {
  const components = input.variables.length > 0
    ? [{ type: "body" as const, parameters: input.variables.map((text) => ({ type: "text" as const, text })) }]
    : [];
  return {
    messaging_product: "whatsapp", recipient_type: "individual", to: input.to, type: "template",
    template: { name: input.name, language: { code: input.language }, components },
  };
}

export const sendTextBody = (input: { to: string; text: string }): MetaSendBody => ({
  messaging_product: "whatsapp", recipient_type: "individual", to: input.to, type: "text", text: { body: input.text },
});

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asString = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

/** The BODY component of a template (case-insensitive type), or undefined. */
export function bodyOf(components: unknown): { text: string; examples: string[] } | undefined {
  if (!Array.isArray(components)) return undefined;
  const body = components.map(asRecord).find((c) => asString(c.type).toUpperCase() === "BODY");
  if (!body) return undefined;
  const rows = asRecord(body.example).body_text;
  const first = Array.isArray(rows) && Array.isArray(rows[0]) ? (rows[0] as unknown[]).map(asString) : [];
  return { text: asString(body.text), examples: first };
}

/** The Graph error carried by a body, or null. */
export function readGraphError(body: unknown): { code: number; subcode?: number; message: string; details?: string; type?: string } | null {
  const error = asRecord(asRecord(body).error);
  if (error.code === undefined && error.message === undefined) return null;
  const code = Number(error.code);
  const subcode = error.error_subcode === undefined ? undefined : Number(error.error_subcode);
  const details = asString(asRecord(error.error_data).details) || undefined;
  return { code: Number.isFinite(code) ? code : 0, ...(subcode === undefined ? {} : { subcode }), message: asString(error.message), ...(details ? { details } : {}), type: asString(error.type) || undefined };
}

/** `messages[0].id` of a send answer: the wamid; "" when absent. */
export function readWamid(body: unknown): string {
  const messages = asRecord(body).messages;
  return Array.isArray(messages) ? asString(asRecord(messages[0]).id) : "";
}

export type MetaTemplateSummary = {
  id: string; name: string; language: string; category: string; status: string; body: string; examples: string[];
  variableCount: number; rejectedReason?: string;
};

/** A template list answer, tolerant of missing fields. */
export function readTemplateList(body: unknown): { items: MetaTemplateSummary[]; after?: string; hasNext: boolean } {
  const record = asRecord(body);
  const data = Array.isArray(record.data) ? record.data.map(asRecord) : [];
  const items = data.map((t) => {
    const parsed = bodyOf(t.components) ?? { text: "", examples: [] };
    const rejected = asString(t.rejected_reason);
    return {
      id: asString(t.id), name: asString(t.name), language: asString(t.language), category: asString(t.category), status: asString(t.status),
      body: parsed.text, examples: parsed.examples, variableCount: variableCountOf(parsed.text), ...(rejected ? { rejectedReason: rejected } : {}),
    };
  });
  const paging = asRecord(record.paging);
  const after = asString(asRecord(paging.cursors).after) || undefined;
  return { items, ...(after ? { after } : {}), hasNext: Boolean(asString(paging.next)) };
}

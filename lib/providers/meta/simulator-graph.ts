import { metaJson, pause, readJsonBody, type MetaAnswer, type MetaCall } from "./simulator-http";
import { metaSimPhone, type MetaSimApp, type MetaSimTemplate, type MetaSimulatorState } from "./simulator-state";
import { scheduleReview, scheduleStatuses } from "./simulator-webhooks";
import {
  META_BODY_MAX_LENGTH, META_DUPLICATE_TEMPLATE_SUBCODE, META_ERROR_CODES, META_TEMPLATE_CATEGORIES, META_TEMPLATE_NAME, META_TEXT_MAX_LENGTH,
  bodyOf, placeholdersOf, renderBody, toMetaPhone, type MetaTemplateCategory, type MetaWireTemplate,
} from "./wire";

type GraphErrorExtra = { subcode?: number; details?: string; headers?: Record<string, string> };

function graphError(state: MetaSimulatorState, status: number, code: number, message: string, extra: GraphErrorExtra = {}): MetaAnswer {
  return metaJson(status, {
    error: {
      message, type: "OAuthException", code,
      ...(extra.subcode === undefined ? {} : { error_subcode: extra.subcode }),
      ...(extra.details ? { error_data: { messaging_product: "whatsapp", details: extra.details } } : {}),
      fbtrace_id: state.fbtraceId(),
    },
  }, extra.headers);
}

const invalidParameter = (state: MetaSimulatorState, details: string, subcode?: number) =>
  graphError(state, 400, META_ERROR_CODES.invalidParameter, "(#100) Invalid parameter", { details, ...(subcode === undefined ? {} : { subcode }) });

/** Graph's answer for an id the token cannot reach (unknown, or another account's). */
const unreachable = (state: MetaSimulatorState, id: string, method: string) => graphError(state, 400, META_ERROR_CODES.invalidParameter,
  `Unsupported request - method type: ${method.toLowerCase()}. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  { subcode: 33 });

const asText = (value: unknown) => (typeof value === "string" ? value : "");

/** The Graph endpoints: auth, then injected faults, then the route. */
export async function answerGraph(state: MetaSimulatorState, call: MetaCall): Promise<MetaAnswer> {
  state.requests += 1;
  const { faults } = state;
  await pause(faults.latencyMs, call.signal);
  const token = /^Bearer\s+(.+)$/i.exec(call.authorization ?? "")?.[1]?.trim();
  const apps = token && !faults.invalidToken ? state.apps.filter((a) => a.token === token) : [];
  if (apps.length === 0) {
    return graphError(state, 401, META_ERROR_CODES.invalidToken, "Invalid OAuth access token - Cannot parse access token");
  }

  // One draw per request splits it between timeout, 5xx, 429 and normal handling.
  const draw = state.random();
  if (draw < faults.shareTimeout) {
    await pause(state.holdMs, call.signal);
    return graphError(state, 504, 2, "Service temporarily unavailable");
  }
  if (draw < faults.shareTimeout + faults.share5xx) return graphError(state, 503, 2, "Service temporarily unavailable");
  if (draw < faults.shareTimeout + faults.share5xx + faults.share429) {
    return graphError(state, 429, META_ERROR_CODES.throughput, "(#130429) Rate limit hit", {
      details: "Cloud API message throughput has been reached.", headers: { "retry-after": String(faults.retryAfterSeconds) },
    });
  }

  const segments = call.path.split("/").filter(Boolean);
  if (/^v\d+\.\d+$/.test(segments[0] ?? "")) segments.shift();
  const [id = "", edge] = segments;
  const route = `${call.method} ${edge ?? ""}`;
  if (segments.length > 2) return unreachable(state, id, call.method);
  if (edge === "message_templates") {
    const app = apps.find((a) => a.wabaId === id);
    if (!app) return unreachable(state, id, call.method);
    if (route === "POST message_templates") return createTemplate(state, app, await readJsonBody(call));
    if (route === "GET message_templates") return listTemplates(state, app, call.query);
    if (route === "DELETE message_templates") return deleteTemplate(state, app, call.query);
  }
  if (route === "POST messages") {
    const app = apps.find((a) => a.phoneNumberId === id);
    return app ? sendMessage(state, app, await readJsonBody(call)) : unreachable(state, id, call.method);
  }
  if (route === "POST ") {
    const template = state.templates.get(id);
    const owned = template && apps.some((a) => a.wabaId === template.wabaId);
    return owned ? editTemplate(state, template, await readJsonBody(call)) : unreachable(state, id, call.method);
  }
  return unreachable(state, id, call.method);
}

/** Body rules Meta applies to a template's BODY: length, sequential {{n}} and one example per variable. */
function bodyProblem(body: { text: string; examples: string[] } | undefined): string | null {
  if (!body || !body.text.trim()) return "components: a BODY component with text is required";
  if (body.text.length > META_BODY_MAX_LENGTH) return `BODY text exceeds ${META_BODY_MAX_LENGTH} characters`;
  const numbers = placeholdersOf(body.text).toSorted((a, b) => a - b);
  if (numbers.some((n, i) => n !== i + 1)) return "BODY variables must be sequential, starting at {{1}}";
  if (body.examples.length !== numbers.length) {
    return `BODY example count (${body.examples.length}) does not match the number of variables (${numbers.length})`;
  }
  if (body.examples.some((e) => !e.trim())) return "BODY example values must not be empty";
  return null;
}

const isCategory = (value: string): value is MetaTemplateCategory => (META_TEMPLATE_CATEGORIES as readonly string[]).includes(value);

function createTemplate(state: MetaSimulatorState, app: MetaSimApp, body: Record<string, unknown> | null): MetaAnswer {
  if (!body) return invalidParameter(state, "Invalid JSON body");
  const name = asText(body.name);
  if (!META_TEMPLATE_NAME.test(name)) return invalidParameter(state, "name: use only lowercase letters, digits and underscores (max 512)");
  const category = asText(body.category).toUpperCase();
  if (!isCategory(category)) return invalidParameter(state, "category: must be MARKETING, UTILITY or AUTHENTICATION");
  const language = asText(body.language);
  if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(language)) return invalidParameter(state, "language: invalid language code");
  const parsed = bodyOf(body.components);
  const problem = bodyProblem(parsed);
  if (problem) return invalidParameter(state, problem);
  const taken = [...state.templates.values()].some((t) => t.wabaId === app.wabaId && t.name === name && t.language === language);
  if (taken) {
    return graphError(state, 400, META_ERROR_CODES.invalidParameter, "Content in this language already exists", {
      subcode: META_DUPLICATE_TEMPLATE_SUBCODE, details: `Content in this language already exists: ${name} (${language})`,
    });
  }
  const at = state.now();
  const template: MetaSimTemplate = {
    id: state.newTemplateId(), wabaId: app.wabaId, name, language, category, status: "PENDING",
    body: parsed!.text, examples: parsed!.examples, createdAt: at, updatedAt: at, revision: 1,
  };
  state.templates.set(template.id, template);
  scheduleReview(state, template);
  return metaJson(200, { id: template.id, status: template.status, category: template.category });
}

export function wireTemplate(t: MetaSimTemplate): MetaWireTemplate {
  const example = t.examples.length > 0 ? { example: { body_text: [t.examples] } } : {};
  return {
    id: t.id, name: t.name, status: t.status, category: t.category, language: t.language,
    components: [{ type: "BODY", text: t.body, ...example }],
    ...(t.rejectedReason ? { rejected_reason: t.rejectedReason } : {}),
  };
}

function listTemplates(state: MetaSimulatorState, app: MetaSimApp, query: URLSearchParams): MetaAnswer {
  const name = query.get("name") ?? "";
  const limit = Math.min(1000, Math.max(1, Number(query.get("limit")) || 25));
  const start = Math.max(0, Number(Buffer.from(query.get("after") ?? "", "base64url").toString()) || 0);
  const all = [...state.templates.values()].filter((t) => t.wabaId === app.wabaId && (!name || t.name.includes(name)));
  const page = all.slice(start, start + limit);
  const cursor = (n: number) => Buffer.from(String(n)).toString("base64url");
  const paging = page.length > 0 ? {
    cursors: { before: cursor(start), after: cursor(start + page.length) },
    ...(start + page.length < all.length ? { next: `message_templates?limit=${limit}&after=${cursor(start + page.length)}` } : {}),
  } : {};
  return metaJson(200, { data: page.map(wireTemplate), paging });
}

function deleteTemplate(state: MetaSimulatorState, app: MetaSimApp, query: URLSearchParams): MetaAnswer {
  const name = query.get("name") ?? "";
  const matching = [...state.templates.values()].filter((t) => t.wabaId === app.wabaId && t.name === name);
  if (!name || matching.length === 0) return invalidParameter(state, `Message template "${name}" not found`);
  for (const t of matching) state.templates.delete(t.id);
  return metaJson(200, { success: true });
}

function editTemplate(state: MetaSimulatorState, template: MetaSimTemplate, body: Record<string, unknown> | null): MetaAnswer {
  if (!body) return invalidParameter(state, "Invalid JSON body");
  if (template.status === "PENDING" || template.status === "DISABLED") {
    return invalidParameter(state, `A template with status ${template.status} cannot be edited`);
  }
  const parsed = body.components === undefined ? { text: template.body, examples: template.examples } : bodyOf(body.components);
  const problem = bodyProblem(parsed);
  if (problem) return invalidParameter(state, problem);
  const category = body.category === undefined ? template.category : asText(body.category).toUpperCase();
  if (!isCategory(category)) return invalidParameter(state, "category: must be MARKETING, UTILITY or AUTHENTICATION");
  Object.assign(template, {
    body: parsed!.text, examples: parsed!.examples, category, status: "PENDING", updatedAt: state.now(), revision: template.revision + 1,
  });
  delete template.rejectedReason;
  scheduleReview(state, template);
  return metaJson(200, { success: true });
}

function sendMessage(state: MetaSimulatorState, app: MetaSimApp, body: Record<string, unknown> | null): MetaAnswer {
  if (!body) return invalidParameter(state, "Invalid JSON body");
  if (body.messaging_product !== "whatsapp") return invalidParameter(state, "messaging_product: must be whatsapp");
  const digits = asText(body.to).replace(/\D/g, "");
  const phone = digits.length >= 12 && digits.length <= 15 ? metaSimPhone(`+${digits}`) : null;
  if (!phone) return invalidParameter(state, "to: invalid phone number (use the international format, e.g. 5511987654321)");
  const base = { wabaId: app.wabaId, phoneNumberId: app.phoneNumberId, phone, at: state.now(), status: "accepted" as const };

  let message;
  if (body.type === "template") {
    const wanted = (body.template ?? {}) as Record<string, unknown>;
    const name = asText(wanted.name);
    const language = asText(((wanted.language ?? {}) as Record<string, unknown>).code);
    const template = [...state.templates.values()].find((t) => t.wabaId === app.wabaId && t.name === name && t.language === language);
    if (!template || template.status !== "APPROVED") {
      return graphError(state, 400, META_ERROR_CODES.templateMissing, "(#132001) Template name does not exist in the translation", {
        details: `template name (${name}) does not exist in ${language || "(no language)"} or is not approved`,
      });
    }
    const components = Array.isArray(wanted.components) ? (wanted.components as Record<string, unknown>[]) : [];
    const parameters = components.filter((c) => asText(c?.type).toLowerCase() === "body").flatMap((c) => (Array.isArray(c.parameters) ? c.parameters : []));
    const variables = parameters.map((p) => asText((p as Record<string, unknown>)?.text));
    const expected = placeholdersOf(template.body).length;
    if (variables.length !== expected) {
      return graphError(state, 400, META_ERROR_CODES.templateParams, "(#132000) Number of parameters does not match the expected number of params", {
        details: `body: number of localizable_params (${variables.length}) does not match the expected number of params (${expected})`,
      });
    }
    message = { ...base, kind: "template" as const, templateName: name, language, text: renderBody(template.body, variables), variables };
  } else if (body.type === "text") {
    const text = asText(((body.text ?? {}) as Record<string, unknown>).body);
    if (!text.trim() || text.length > META_TEXT_MAX_LENGTH) return invalidParameter(state, `text.body: required, at most ${META_TEXT_MAX_LENGTH} characters`);
    const openUntil = state.windowOpenUntil(app.wabaId, phone);
    if (!openUntil || openUntil.getTime() <= base.at.getTime()) {
      return graphError(state, 400, META_ERROR_CODES.outsideWindow, "(#131047) Re-engagement message", {
        details: "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
      });
    }
    message = { ...base, kind: "text" as const, templateName: "", language: "", text, variables: [] };
  } else {
    return invalidParameter(state, "type: only template and text are supported by the simulator");
  }

  const stored = { ...message, id: state.newWamid(toMetaPhone(phone)) };
  state.messages.push(stored);
  scheduleStatuses(state, app, stored, state.faults.failingNumbers.includes(phone));
  return metaJson(200, { messaging_product: "whatsapp", contacts: [{ input: asText(body.to), wa_id: toMetaPhone(phone) }], messages: [{ id: stored.id }] });
}

import { RD_BUSINESS_CODES, RD_PATHS, variableCountOf } from "./wire";
import { simulatorPhone, type RdSimulatorState } from "./simulator-state";
import { fillPlaceholders } from "@/lib/messaging/placeholders";

export { createRdSimulatorState, type RdSimulatorState } from "./simulator-state";

/** One HTTP call as the simulator needs it, so the loopback server can skip Web Streams (they cost more than the work). */
export type RdCall = {
  method: string; path: string; query: URLSearchParams; authorization: string | null; text: () => Promise<string>; signal: AbortSignal;
};
export type RdAnswer = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * The RD Conversas simulator over Web Fetch Request/Response (the Next route handler mounts it): the same HTTP
 * contract as the real service (PROVIDERS.md). `/_sandbox/...` is its control API and is never subject to faults.
 */
export async function handleRdRequest(state: RdSimulatorState, request: Request, options: { basePath?: string } = {}): Promise<Response> {
  const url = new URL(request.url);
  const base = options.basePath ?? "";
  const path = base && url.pathname.startsWith(base) ? url.pathname.slice(base.length) || "/" : url.pathname;
  const answer = await answerRd(state, {
    method: request.method, path, query: url.searchParams, authorization: request.headers.get("authorization"),
    text: () => request.text(), signal: request.signal,
  });
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "content-type": "application/json", ...answer.headers } });
}

/** The simulator's logic, transport-free. */
export async function answerRd(state: RdSimulatorState, call: RdCall): Promise<RdAnswer> {
  try {
    if (call.path.startsWith("/_sandbox/")) return await control(state, call, call.path.slice("/_sandbox/".length));
    return await api(state, call);
  } catch (error) {
    return json(500, { message: `Simulator error: ${error instanceof Error ? error.message : String(error)}` });
  }
}

const json = (status: number, body: unknown, headers?: Record<string, string>): RdAnswer => ({ status, body, headers });
const businessError = (code: number, message: string) => json(400, { code, message });

/** Waits, or stops early when the client goes away (its request signal aborts). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); signal.removeEventListener("abort", done); resolve(); };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

async function readBody(call: RdCall): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await call.text());
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const render = (text: string, variables: string[]) => fillPlaceholders(text, variables, () => "");

async function api(state: RdSimulatorState, call: RdCall): Promise<RdAnswer> {
  state.requests += 1;
  const { faults } = state;
  await pause(faults.latencyMs, call.signal);
  const token = /^Bearer\s+(.+)$/i.exec(call.authorization ?? "")?.[1]?.trim();
  if (faults.invalidToken || !token || !state.tokens.has(token)) return json(401, { code: 401, message: "Unauthorized: invalid token" });

  // One draw per request splits it between timeout, 5xx, 429 and normal handling.
  const draw = state.random();
  if (draw < faults.shareTimeout) {
    await pause(state.holdMs, call.signal);
    return json(504, { message: "Gateway Timeout" });
  }
  if (draw < faults.shareTimeout + faults.share5xx) return json(503, { message: "Service Unavailable" });
  if (draw < faults.shareTimeout + faults.share5xx + faults.share429) {
    return json(429, { message: "Too Many Requests" }, { "retry-after": String(faults.retryAfterSeconds) });
  }

  const route = `${call.method} ${call.path}`;
  switch (route) {
    case `GET ${RD_PATHS.chips}`:
      return json(200, { data: state.chips });
    case `GET ${RD_PATHS.templates}`:
    case `GET ${RD_PATHS.templatesLegacy}`:
      return json(200, { data: state.templates });
    case `POST ${RD_PATHS.createContact}`:
      return createContact(state, await readBody(call));
    case `POST ${RD_PATHS.sendTemplate}`:
      return sendTemplate(state, await readBody(call));
    default:
      return json(404, { message: `Cannot ${route}` });
  }
}

const asText = (value: unknown) => (typeof value === "string" ? value.trim() : "");

function createContact(state: RdSimulatorState, body: Record<string, unknown> | null): RdAnswer {
  if (!body) return json(400, { message: "Invalid JSON body" });
  const fullName = asText(body.full_name);
  if (!fullName) return json(400, { message: "full_name is required" });
  const phone = simulatorPhone(asText(body.cel_phone));
  if (!phone || state.faults.failingNumbers.includes(phone)) return businessError(RD_BUSINESS_CODES.invalidNumber, "Invalid number");
  const integration = asText(body.integration);
  if (!state.chips.some((c) => c._id === integration)) return businessError(RD_BUSINESS_CODES.invalidIntegration, "Invalid integration");
  // A number already registered answers its existing contact, as the broker does.
  const existing = state.contacts.get(phone);
  if (existing) return json(200, { data: { _id: existing._id } });
  const contact = { _id: state.newId(), fullName, phone, integration, at: state.now() };
  state.contacts.set(phone, contact);
  return json(201, { data: { _id: contact._id } });
}

function sendTemplate(state: RdSimulatorState, body: Record<string, unknown> | null): RdAnswer {
  if (!body) return json(400, { message: "Invalid JSON body" });
  const countryCode = asText(body.country_code) || "55";
  const national = asText(body.recipient_number).replace(/\D/g, "");
  const phone = national.length >= 8 ? simulatorPhone(`+${countryCode}${national}`) : null;
  if (!phone || state.faults.failingNumbers.includes(phone)) return businessError(RD_BUSINESS_CODES.invalidNumber, "Invalid number");
  const template = state.templates.find((t) => t._id === asText(body.template_message_id));
  if (!template || template.status !== "APPROVED") return businessError(RD_BUSINESS_CODES.invalidTemplate, "Invalid template");
  const variables = Array.isArray(body.variables) ? body.variables.map((v) => String(v)) : [];
  const expected = variableCountOf(template.text);
  if (variables.length !== expected) {
    return businessError(RD_BUSINESS_CODES.invalidTemplate, `Template expects ${expected} variables, got ${variables.length}`);
  }
  const sentBy = asText(body.sent_by);
  if (sentBy && !state.chips.some((c) => c._id === sentBy)) return businessError(RD_BUSINESS_CODES.invalidIntegration, "Invalid integration");
  const id = state.newId();
  state.deliver({
    id, phone, templateId: template._id, templateName: template.name, text: render(template.text, variables), variables, sentBy, at: state.now(),
  });
  return json(201, { data: { _id: id, status: "sent" } });
}

async function control(state: RdSimulatorState, call: RdCall, action: string): Promise<RdAnswer> {
  const route = `${call.method} ${action}`;
  switch (route) {
    case "GET state":
      return json(200, {
        faults: state.faults, chips: state.chips, templates: state.templates, contacts: state.contacts.size,
        phones: state.inbox.size, delivered: state.delivered, requests: state.requests, duplicates: state.duplicates().length,
      });
    case "GET inbox": {
      const wanted = call.query.get("phone");
      const phone = wanted ? simulatorPhone(wanted) ?? wanted : null;
      const limit = Math.min(1000, Math.max(1, Number(call.query.get("limit")) || 100));
      const phones = [...state.inbox.entries()].map(([p, list]) => ({ phone: p, count: list.length, lastAt: list.at(-1)!.at }));
      const messages = (phone ? state.inbox.get(phone) ?? [] : [...state.inbox.values()].flat())
        .toSorted((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
      return json(200, { phones, messages });
    }
    case "POST faults": {
      const result = state.setFaults(await readBody(call) ?? {});
      return result.ok ? json(200, { faults: result.faults }) : json(400, { errors: result.errors });
    }
    case "POST tokens": {
      const token = asText((await readBody(call))?.token);
      if (!token) return json(400, { errors: { token: ["Informe o token."] } });
      state.addToken(token);
      return json(200, { tokens: state.tokens.size });
    }
    case "POST reset":
      state.reset();
      return json(200, { reset: true });
    default:
      return json(404, { message: `Cannot ${route}` });
  }
}

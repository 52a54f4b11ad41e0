import { simulatorPhone } from "@/lib/providers/rdconversas/simulator-state";
import type { PlugSimSession, PlugSimulatorState } from "./simulator-state";
import { PLUG_NOT_CONNECTED } from "./wire";

export { createPlugSimulatorState, type PlugSimulatorState } from "./simulator-state";

/** One HTTP call as the simulator needs it (the loopback server skips Web Streams). */
export type PlugCall = { method: string; path: string; query: URLSearchParams; authorization: string | null; text: () => Promise<string> };
export type PlugAnswer = { status: number; body: unknown };

/**
 * The PlugMessage simulator over Web Fetch Request/Response (the Next route handler mounts it), speaking our model of
 * the contract (wire.ts). `/_sandbox/...` is its control API: scan a QR, expire a session, shift the clock, inbox, reset.
 */
export async function handlePlugRequest(state: PlugSimulatorState, request: Request, options: { basePath?: string } = {}): Promise<Response> {
  const url = new URL(request.url);
  const base = options.basePath ?? "";
  const path = base && url.pathname.startsWith(base) ? url.pathname.slice(base.length) || "/" : url.pathname;
  const answer = await answerPlug(state, {
    method: request.method, path, query: url.searchParams, authorization: request.headers.get("authorization"), text: () => request.text(),
  });
  return Response.json(answer.body, { status: answer.status });
}

/** The simulator's logic, transport-free. */
export async function answerPlug(state: PlugSimulatorState, call: PlugCall): Promise<PlugAnswer> {
  try {
    if (call.path.startsWith("/_sandbox/")) return await control(state, call, call.path.slice("/_sandbox/".length));
    return await api(state, call);
  } catch (error) {
    return json(500, { error: `Simulator error: ${error instanceof Error ? error.message : String(error)}` });
  }
}

const json = (status: number, body: unknown): PlugAnswer => ({ status, body });

async function readBody(call: PlugCall): Promise<Record<string, unknown>> {
  try {
    const body: unknown = JSON.parse((await call.text()) || "{}");
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const asText = (value: unknown) => (typeof value === "string" ? value.trim() : "");

export function sessionView(session: PlugSimSession) {
  return {
    id: session.id,
    status: session.status,
    ...(session.status === "qr" ? { qr: session.qr, qrExpiresAt: session.qrExpiresAt.toISOString() } : {}),
    ...(session.phone ? { phone: session.phone } : {}),
    ...(session.connectedAt ? { connectedAt: session.connectedAt.toISOString() } : {}),
    ...(session.expiresAt ? { expiresAt: session.expiresAt.toISOString() } : {}),
  };
}

/** `/sessions/{id}` or `/sessions/{id}/messages` → [id, rest]. */
function sessionPath(path: string): [string, string] | null {
  const match = /^\/sessions\/([^/]+)(\/messages)?$/.exec(path);
  return match ? [decodeURIComponent(match[1]!), match[2] ?? ""] : null;
}

async function api(state: PlugSimulatorState, call: PlugCall): Promise<PlugAnswer> {
  state.requests += 1;
  // Any non-empty token is accepted; each session belongs to the token that opened it.
  const token = /^Bearer\s+(.+)$/i.exec(call.authorization ?? "")?.[1]?.trim();
  if (!token) return json(401, { error: "unauthorized" });

  if (call.method === "POST" && call.path === "/sessions") {
    const session = state.createSession(token);
    return json(201, { id: session.id, status: session.status, qr: session.qr, qrExpiresAt: session.qrExpiresAt.toISOString() });
  }
  const target = sessionPath(call.path);
  if (!target) return json(404, { error: `Cannot ${call.method} ${call.path}` });
  const [id, rest] = target;
  const session = state.current(id);
  if (!session || session.token !== token) return json(404, { error: "session_not_found" });

  const route = `${call.method} ${rest}`;
  switch (route) {
    case "GET ":
      return json(200, sessionView(session));
    case "DELETE ":
      return json(200, sessionView(state.disconnect(id)!));
    case "POST /messages": {
      if (session.status !== "connected") return json(409, { error: PLUG_NOT_CONNECTED, status: session.status });
      const body = await readBody(call);
      const phone = simulatorPhone(asText(body.to));
      const text = asText(body.text);
      if (!phone) return json(400, { error: "invalid_phone" });
      if (!text) return json(400, { error: "text_required" });
      return json(201, { id: state.deliver(phone, text).id });
    }
    default:
      return json(405, { error: `Cannot ${call.method} ${call.path}` });
  }
}

async function control(state: PlugSimulatorState, call: PlugCall, action: string): Promise<PlugAnswer> {
  const scan = /^sessions\/([^/]+)\/(scan|expire)$/.exec(action);
  if (call.method === "POST" && scan) {
    const id = decodeURIComponent(scan[1]!);
    if (scan[2] === "expire") {
      const session = state.expire(id);
      return session ? json(200, sessionView(session)) : json(404, { error: "session_not_found" });
    }
    const phone = asText((await readBody(call)).phone);
    const result = state.scan(id, phone || undefined);
    return result.ok ? json(200, sessionView(result.session)) : json(result.status, { error: result.error });
  }
  switch (`${call.method} ${action}`) {
    case "POST clock": {
      const offsetMs = (await readBody(call)).offsetMs;
      if (typeof offsetMs !== "number" || !Number.isFinite(offsetMs)) return json(400, { errors: { offsetMs: ["Informe o deslocamento em milissegundos."] } });
      state.setClock(offsetMs);
      return json(200, { offsetMs, now: state.now().toISOString() });
    }
    case "GET state":
      return json(200, {
        now: state.now().toISOString(), clockOffsetMs: state.clockOffsetMs,
        sessions: [...state.sessions.keys()].map((id) => sessionView(state.current(id)!)),
        phones: state.inbox.size, delivered: state.delivered, requests: state.requests,
      });
    case "GET inbox": {
      const wanted = call.query.get("phone");
      const phone = wanted ? simulatorPhone(wanted) ?? wanted : null;
      const messages = (phone ? state.inbox.get(phone) ?? [] : [...state.inbox.values()].flat())
        .toSorted((a, b) => b.at.getTime() - a.at.getTime());
      return json(200, { messages });
    }
    case "POST reset":
      state.reset();
      return json(200, { reset: true });
    default:
      return json(404, { error: `Cannot ${call.method} /_sandbox/${action}` });
  }
}

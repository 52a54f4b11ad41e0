import { getDb } from "@/db/client";
import { systemClock } from "./clock";
import { loadContext, type Ctx } from "./ctx";
import { ServiceError } from "./errors";
import { currentPrincipal } from "./request-context";

const noStore = { "Cache-Control": "no-store" };

/**
 * A signed-in route handler: the session's context (revocations included) → the handler's response. 401 without a
 * valid session, 404 for what the user's companies cannot see, 409 for a state conflict (e.g. no live CTI session).
 */
export async function routeContext(handle: (ctx: Ctx) => Promise<Response>): Promise<Response> {
  const principal = await currentPrincipal();
  if (!principal) return Response.json({ error: "Sessão expirada." }, { status: 401, headers: noStore });
  try {
    return await handle(await loadContext(getDb(), principal.userId, systemClock, principal));
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    const status = error.code === "NOT_FOUND" ? 404 : error.code === "CONFLICT" ? 409 : 401;
    return Response.json({ error: error.message }, { status, headers: noStore });
  }
}

/** A polling route handler's answer: the read as JSON, never cached (statuses as routeContext). */
export function routeJson(read: (ctx: Ctx) => Promise<unknown>): Promise<Response> {
  return routeContext(async (ctx) => Response.json(await read(ctx), { headers: noStore }));
}

/** A positive integer route id, or null (answered as 404 by the caller). */
export function routeId(raw: string): number | null {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
}

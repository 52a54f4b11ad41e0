import { getDb } from "@/db/client";
import { systemClock } from "./clock";
import { loadContext, type Ctx } from "./ctx";
import { ServiceError } from "./errors";
import { currentPrincipal } from "./request-context";

/**
 * A polling route handler's answer: the session's context (revocations included) → the read as JSON, never cached;
 * 401 without a valid session, 404 for what the user's companies cannot see.
 */
export async function routeJson(read: (ctx: Ctx) => Promise<unknown>): Promise<Response> {
  const principal = await currentPrincipal();
  if (!principal) return Response.json({ error: "Sessão expirada." }, { status: 401 });
  try {
    const ctx = await loadContext(getDb(), principal.userId, systemClock, principal);
    return Response.json(await read(ctx), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") return Response.json({ error: error.message }, { status: 404 });
    if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: 401 });
    throw error;
  }
}

/** A positive integer route id, or null (answered as 404 by the caller). */
export function routeId(raw: string): number | null {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
}

import { getDb } from "@/db/client";
import { systemClock } from "@/lib/core/clock";
import { loadContext } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { currentPrincipal } from "@/lib/core/request-context";
import { getListenHub } from "@/lib/cti/events/listen-hub";
import { pollCtiEvents } from "@/lib/cti/events/read-events";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** GET ?after=<seq|latest>: the CTI client's long-poll (up to 25 s); 409 when the user has no live CTI session. */
export async function GET(request: Request) {
  const principal = await currentPrincipal();
  if (!principal) return Response.json({ error: "Sessão expirada." }, { status: 401, headers: noStore });
  const raw = new URL(request.url).searchParams.get("after");
  // "latest": a tab opening mid-session starts after the newest event instead of replaying the session's calls.
  const after = raw === "latest" ? -1 : raw === null || raw === "" ? 0 : Number(raw);
  if (!Number.isSafeInteger(after) || after < -1) {
    return Response.json({ error: "Parâmetro after inválido: informe o último número de evento recebido." }, { status: 400, headers: noStore });
  }
  try {
    const ctx = await loadContext(getDb(), principal.userId, systemClock, principal);
    const data = await pollCtiEvents({ ctx, input: { after } }, { hub: getListenHub(), signal: request.signal });
    return Response.json(data, { headers: noStore });
  } catch (error) {
    if (error instanceof ServiceError && error.code === "CONFLICT") return Response.json({ error: error.message }, { status: 409, headers: noStore });
    if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: 401, headers: noStore });
    throw error;
  }
}

import { routeContext } from "@/lib/core/route-json";
import { getListenHub } from "@/lib/cti/events/listen-hub";
import { pollCtiEvents } from "@/lib/cti/events/read-events";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** GET ?after=<seq|latest>: the CTI client's long-poll (up to 25 s); 409 when the user has no live CTI session. */
export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get("after");
  // "latest": a tab opening mid-session starts after the newest event instead of replaying the session's calls.
  const after = raw === "latest" ? -1 : raw === null || raw === "" ? 0 : Number(raw);
  return routeContext(async (ctx) => {
    if (!Number.isSafeInteger(after) || after < -1) {
      return Response.json({ error: "Parâmetro after inválido: informe o último número de evento recebido." }, { status: 400, headers: noStore });
    }
    const data = await pollCtiEvents({ ctx, input: { after } }, { hub: getListenHub(), signal: request.signal });
    return Response.json(data, { headers: noStore });
  });
}

import { getDb } from "@/db/client";
import { systemClock } from "@/lib/core/clock";
import { loadContext } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { currentPrincipal } from "@/lib/core/request-context";
import { dialingListCsv } from "@/lib/cti/identify/dialing-list";
import { peopleSearchSchema } from "@/lib/people/schemas";

export const dynamic = "force-dynamic";

/** CSV dialing list for the PBX with the /people filter (?q=&modo=): any signed-in user, 401 otherwise. */
export async function GET(request: Request) {
  const principal = await currentPrincipal();
  if (!principal) return Response.json({ error: "Sessão expirada." }, { status: 401 });
  let ctx;
  try {
    ctx = await loadContext(getDb(), principal.userId, systemClock, principal);
  } catch (error) {
    if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: 401 });
    throw error;
  }
  const params = new URL(request.url).searchParams;
  const search = peopleSearchSchema.parse({ q: params.get("q"), mode: params.get("modo") });
  return new Response(dialingListCsv(ctx, { q: search.q, mode: search.mode }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="lista-de-discagem.csv"',
      "Cache-Control": "no-store",
    },
  });
}

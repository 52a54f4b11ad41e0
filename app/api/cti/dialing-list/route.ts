import { routeContext } from "@/lib/core/route-json";
import { dialingListCsv } from "@/lib/cti/identify/dialing-list";
import { peopleSearchSchema } from "@/lib/people/schemas";

export const dynamic = "force-dynamic";

/** CSV dialing list for the PBX with the /people filter (?q=&modo=): any signed-in user, 401 otherwise. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const search = peopleSearchSchema.parse({ q: params.get("q"), mode: params.get("modo") });
  return routeContext(async (ctx) => new Response(dialingListCsv(ctx, { q: search.q, mode: search.mode }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="lista-de-discagem.csv"',
      "Cache-Control": "no-store",
    },
  }));
}

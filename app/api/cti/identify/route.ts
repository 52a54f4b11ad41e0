import { routeJson } from "@/lib/core/route-json";
import { identifyCaller } from "@/lib/cti/identify/identify-caller";

export const dynamic = "force-dynamic";

/** GET ?phone=<ANI>&data=<associatedData>: the accounts (and their contacts) a ringing call pops; signed-in users only. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  return routeJson((ctx) => identifyCaller(ctx.db, { phone: params.get("phone"), associatedData: params.get("data") }));
}

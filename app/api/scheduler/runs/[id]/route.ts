import { routeId, routeJson } from "@/lib/core/route-json";
import { getRun } from "@/lib/scheduler/get-run";
import { toRunView } from "@/lib/scheduler/run-view";

export const dynamic = "force-dynamic";

/** Live progress of a run for the run screen: 401 without a session, 404 for runs of companies not granted. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  if (!id) return Response.json({ error: "Execução não encontrada." }, { status: 404 });
  return routeJson(async (ctx) => toRunView(await getRun({ ctx, input: { id } })));
}

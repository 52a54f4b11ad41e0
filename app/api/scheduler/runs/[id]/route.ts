import { getDb } from "@/db/client";
import { systemClock } from "@/lib/core/clock";
import { loadContext } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { currentPrincipal } from "@/lib/core/request-context";
import { getRun } from "@/lib/scheduler/get-run";
import { toRunView } from "@/lib/scheduler/run-view";

export const dynamic = "force-dynamic";

/** Live progress of a run for the run screen: 401 without a session, 404 for runs of companies not granted. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const principal = await currentPrincipal();
  if (!principal) return Response.json({ error: "Sessão expirada." }, { status: 401 });
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return Response.json({ error: "Execução não encontrada." }, { status: 404 });
  try {
    const ctx = await loadContext(getDb(), principal.userId, systemClock);
    return Response.json(toRunView(await getRun({ ctx, input: { id } })), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ServiceError && error.code === "NOT_FOUND") return Response.json({ error: error.message }, { status: 404 });
    if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: 401 });
    throw error;
  }
}

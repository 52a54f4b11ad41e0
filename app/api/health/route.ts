import { getDb } from "@/db/client";
import { checkDatabase } from "@/lib/core/health";

export const dynamic = "force-dynamic";

/** Public liveness: reports only whether the database answers. */
export async function GET() {
  const database = await checkDatabase(getDb());
  return Response.json(
    { status: database.ok ? "ok" : "degraded", database: { ok: database.ok, latencyMs: database.latencyMs } },
    { status: database.ok ? 200 : 503 },
  );
}

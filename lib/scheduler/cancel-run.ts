import "server-only";
import { and, eq } from "drizzle-orm";
import { processConfigs, processRunLogs, processRuns } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { conflict, notFound } from "@/lib/core/errors";
import { visibleRuns } from "./config-access";

/** A queued run is cancelled at once; a running one is asked to stop and its handler stops at its next check. */
export async function cancelRun({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const [found] = await ctx.db.select({ run: processRuns, ownerId: processConfigs.companyId }).from(processRuns)
    .innerJoin(processConfigs, eq(processConfigs.id, processRuns.configId))
    .where(and(eq(processRuns.id, input.id), visibleRuns(ctx))).for("update", { of: processRuns });
  if (!found) throw notFound("Execução");
  const before = found.run;
  const now = ctx.clock.now();
  if (before.status !== "queued" && before.status !== "running") {
    throw conflict("id", "Esta execução já terminou: não há o que cancelar.");
  }
  const [after] = await ctx.db.update(processRuns)
    .set(before.status === "queued"
      ? { status: "cancelled", cancelRequested: true, finishedAt: now }
      : { cancelRequested: true })
    .where(eq(processRuns.id, before.id)).returning();
  await ctx.db.insert(processRunLogs).values({
    runId: before.id, at: now, level: "warn",
    message: before.status === "queued"
      ? `Cancelada por ${ctx.user.name} antes de iniciar.`
      : `Cancelamento solicitado por ${ctx.user.name}; o processo para na próxima verificação.`,
  });
  await recordAudit(ctx, { entity: "process_run", entityId: before.id, action: "cancel", companyId: found.ownerId, before, after });
  return after!;
}

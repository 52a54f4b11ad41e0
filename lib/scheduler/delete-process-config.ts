import "server-only";
import { and, eq } from "drizzle-orm";
import { processConfigs, processRuns } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { conflict } from "@/lib/core/errors";
import { loadVisibleConfig } from "./config-access";

/** Deletes a configuration with its runs and LOG; refused while one of its runs is executing. */
export async function deleteProcessConfig({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const before = await loadVisibleConfig(ctx, input.id);
  const [running] = await ctx.db.select({ id: processRuns.id }).from(processRuns)
    .where(and(eq(processRuns.configId, before.id), eq(processRuns.status, "running"))).limit(1);
  if (running) {
    throw conflict("id", "Há uma execução em andamento desta configuração: cancele-a ou aguarde o fim antes de excluir.", `/scheduler/runs/${running.id}`);
  }
  await ctx.db.delete(processConfigs).where(eq(processConfigs.id, before.id));
  await recordAudit(ctx, { entity: "process_config", entityId: before.id, action: "delete", companyId: before.companyId, before });
  return { id: before.id };
}

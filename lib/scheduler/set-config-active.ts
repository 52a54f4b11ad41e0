import "server-only";
import { eq } from "drizzle-orm";
import { processConfigs } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { checkScheduleRules } from "./check-schedule-rules";
import { loadVisibleConfig } from "./config-access";

/** Activating runs the same slot and mustFollow rules as saving; its slots are counted from now (no catch-up of the pause). */
export async function setConfigActive({ ctx, input }: { ctx: Ctx; input: { id: number; active: boolean } }) {
  const before = await loadVisibleConfig(ctx, input.id);
  if (input.active && !before.active) await checkScheduleRules(ctx, before);
  const [after] = await ctx.db.update(processConfigs).set({ active: input.active, updatedAt: ctx.clock.now() })
    .where(eq(processConfigs.id, before.id)).returning();
  await recordAudit(ctx, { entity: "process_config", entityId: before.id, action: input.active ? "activate" : "deactivate", companyId: before.companyId, before, after });
  return after!;
}

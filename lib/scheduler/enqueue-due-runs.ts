import { and, eq, inArray, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { processConfigs, processRunLogs, processRuns } from "@/db/schema";
import { formatDateTime, saoPauloDate } from "@/lib/br/format";
import type { Clock } from "@/lib/core/clock";
import { targetCompanyIds } from "./config-access";
import { dueSlots } from "./schedule";

const MINUTE = 60_000;
/** A slot found more than this late was missed (sidecar down), not just reached by this tick. */
const LATE_AFTER_MS = 2 * MINUTE;
const INSERT_BATCH = 1_000;

/**
 * Inserts one run row per due slot (and company scope) of every active configuration, since its last scheduled slot and
 * within the catch-up window. The unique (config, slot, scope) key makes concurrent sidecars insert each slot once.
 */
export async function enqueueDueRuns({ db, clock, catchUpDays }: { db: Db; clock: Clock; catchUpDays: number }) {
  const now = clock.now();
  const configs = await db.select().from(processConfigs).where(eq(processConfigs.active, true));
  if (configs.length === 0) return 0;
  const lastSlots = await db.select({ configId: processRuns.configId, last: max(processRuns.scheduledFor) }).from(processRuns)
    .where(and(inArray(processRuns.configId, configs.map((c) => c.id)), inArray(processRuns.trigger, ["schedule", "catch_up"])))
    .groupBy(processRuns.configId);
  const windowStart = now.getTime() - catchUpDays * 86_400_000;

  const rows: (typeof processRuns.$inferInsert)[] = [];
  for (const config of configs) {
    const last = lastSlots.find((s) => s.configId === config.id)?.last;
    // Slots before the configuration's last change (e.g. while it was inactive) are not owed.
    const changedAt = Math.floor(config.updatedAt.getTime() / MINUTE) * MINUTE - 1;
    const since = Math.max(windowStart, changedAt, last ? last.getTime() : Number.NEGATIVE_INFINITY);
    const targets = targetCompanyIds(config);
    const scopes = config.groupCompanies
      ? [{ companyScope: "all", companyIds: targets }]
      : targets.map((id) => ({ companyScope: String(id), companyIds: [id] }));
    for (const slot of dueSlots(config, new Date(since), now)) {
      const trigger = now.getTime() - slot.getTime() > LATE_AFTER_MS ? "catch_up" as const : "schedule" as const;
      for (const scope of scopes) {
        rows.push({ configId: config.id, scheduledFor: slot, ...scope, referenceDate: saoPauloDate(slot), trigger, createdAt: now });
      }
    }
  }

  let created = 0;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    // A recovered slot and its LOG line land together.
    created += await db.transaction(async (tx) => {
      const inserted = await tx.insert(processRuns).values(rows.slice(start, start + INSERT_BATCH)).onConflictDoNothing()
        .returning({ id: processRuns.id, trigger: processRuns.trigger, scheduledFor: processRuns.scheduledFor });
      const late = inserted.filter((run) => run.trigger === "catch_up");
      if (late.length) {
        await tx.insert(processRunLogs).values(late.map((run) => ({
          runId: run.id, at: now, level: "warn" as const,
          message: `Execução atrasada recuperada: horário previsto ${formatDateTime(run.scheduledFor)} (o processo jobs estava parado).`,
        })));
      }
      return inserted.length;
    });
  }
  return created;
}

import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One row per running jobs sidecar, refreshed every minute: the web shows whether background work is alive. */
export const jobHeartbeats = pgTable("job_heartbeats", {
  workerId: text("worker_id").primaryKey(),
  host: text("host").notNull(),
  pid: integer("pid").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  beatAt: timestamp("beat_at", { withTimezone: true }).notNull(),
});

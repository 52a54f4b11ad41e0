import { sql } from "drizzle-orm";
import {
  bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex,
} from "drizzle-orm/pg-core";
import { companies, users } from "./core";

export const FREQUENCIES = ["once", "daily", "cron"] as const;

/** GERFP095: a background process configuration. */
export const processConfigs = pgTable("process_configs", {
  id: serial("id").primaryKey(),
  /** Company that owns the configuration (the logged company when it was created). */
  companyId: integer("company_id").notNull().references(() => companies.id),
  description: text("description").notNull(),
  processType: text("process_type").notNull(),
  /** Key in the process registry (lib/scheduler/processes), e.g. "103", "outbox.release". */
  processCode: text("process_code").notNull(),
  /** Target companies; empty means the owner company. */
  companyIds: integer("company_ids").array().notNull().default(sql`'{}'::integer[]`),
  /** IN_AGRUPAFILTROEMP: one run for all target companies instead of one per company. */
  groupCompanies: boolean("group_companies").notNull().default(false),
  frequency: text("frequency", { enum: FREQUENCIES }).notNull(),
  startAt: timestamp("start_at", { withTimezone: true }).notNull(),
  cronMinute: text("cron_minute").notNull().default("*"),
  cronHour: text("cron_hour").notNull().default("*"),
  cronDayOfMonth: text("cron_day_of_month").notNull().default("*"),
  cronMonth: text("cron_month").notNull().default("*"),
  cronDayOfWeek: text("cron_day_of_week").notNull().default("*"),
  params: jsonb("params").notNull().default({}),
  externalAgent: text("external_agent"),
  active: boolean("active").notNull().default(true),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index("process_configs_company_idx").on(t.companyId)]);

export const RUN_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export const RUN_TRIGGERS = ["schedule", "catch_up", "manual", "rerun"] as const;

/** One execution. The unique (config, slot, company scope) row is what makes two sidecars never run the same slot. */
export const processRuns = pgTable("process_runs", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  configId: integer("config_id").notNull().references(() => processConfigs.id, { onDelete: "cascade" }),
  scheduledFor: timestamp("scheduled_for", { withTimezone: true }).notNull(),
  /** "all" for grouped runs, else the company id as text. */
  companyScope: text("company_scope").notNull(),
  companyIds: integer("company_ids").array().notNull(),
  /** The business date the run works for (a daily process computes its targets from this, never from "now"). */
  referenceDate: date("reference_date", { mode: "string" }).notNull(),
  trigger: text("trigger", { enum: RUN_TRIGGERS }).notNull(),
  status: text("status", { enum: RUN_STATUSES }).notNull().default("queued"),
  requestedBy: integer("requested_by").references(() => users.id, { onDelete: "set null" }),
  claimedBy: text("claimed_by"),
  leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
  cancelRequested: boolean("cancel_requested").notNull().default(false),
  startedAt: timestamp("started_at", { withTimezone: true }),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  found: integer("found").notNull().default(0),
  queued: integer("queued").notNull().default(0),
  sent: integer("sent").notNull().default(0),
  failed: integer("failed").notNull().default(0),
  skipped: integer("skipped").notNull().default(0),
  error: text("error"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex("process_runs_slot_key").on(t.configId, t.scheduledFor, t.companyScope),
  index("process_runs_config_idx").on(t.configId, t.scheduledFor),
  index("process_runs_pending_idx").on(t.status).where(sql`${t.status} in ('queued', 'running')`),
]);

export const processRunLogs = pgTable("process_run_logs", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  runId: bigint("run_id", { mode: "number" }).notNull().references(() => processRuns.id, { onDelete: "cascade" }),
  at: timestamp("at", { withTimezone: true }).notNull(),
  level: text("level", { enum: ["info", "warn", "error"] }).notNull(),
  message: text("message").notNull(),
  data: jsonb("data"),
}, (t) => [index("process_run_logs_run_idx").on(t.runId, t.id)]);

import { sql } from "drizzle-orm";
import {
  bigint, bigserial, boolean, index, integer, jsonb, pgTable, serial, smallint, text, timestamp, uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./core";
import { people } from "./people";

/** CTI manager: each user's Smart CTI identity (login, extension = ramal, group). */
export const ctiAgents = pgTable("cti_agents", {
  userId: integer("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
  agentLogin: text("agent_login").notNull(),
  extension: text("extension").notNull(),
  groupId: text("group_id").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The user's operations: the 10 built-in ones (enable/disable only) and custom ones. */
export const ctiOperations = pgTable("cti_operations", {
  id: serial("id").primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  code: text("code").notNull(),
  name: text("name").notNull(),
  /** Target URL; `:detail_code` is replaced when the operation takes an input. */
  url: text("url").notNull(),
  takesInput: boolean("takes_input").notNull().default(false),
  builtIn: boolean("built_in").notNull().default(false),
  enabled: boolean("enabled").notNull().default(true),
  position: integer("position").notNull().default(0),
}, (t) => [uniqueIndex("cti_operations_user_code_key").on(t.userId, t.code)]);

export const CTI_SESSION_STATUSES = ["logging_in", "ready", "paused", "logging_out", "ended"] as const;

/** One CTI client session on an extension; at most one live session per extension. */
export const ctiSessions = pgTable("cti_sessions", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  extension: text("extension").notNull(),
  agentLogin: text("agent_login").notNull(),
  groupId: text("group_id").notNull(),
  status: text("status", { enum: CTI_SESSION_STATUSES }).notNull().default("logging_in"),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  /** The browser's last long-poll: 2 minutes of silence log the session out. */
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  endedAt: timestamp("ended_at", { withTimezone: true }),
  /** "logout", "takeover", "idle", "login_failed". */
  endReason: text("end_reason"),
}, (t) => [
  uniqueIndex("cti_sessions_live_extension_key").on(t.extension).where(sql`${t.status} <> 'ended'`),
  index("cti_sessions_user_idx").on(t.userId, t.startedAt),
]);

/** Per-extension event counter: the next event of an extension gets last_seq + 1. */
export const ctiEventCounters = pgTable("cti_event_counters", {
  extension: text("extension").primaryKey(),
  lastSeq: bigint("last_seq", { mode: "number" }).notNull().default(0),
});

/** Every SmartCTIWSEventing callback, durable, numbered per extension so a long-poll resumes with ?after=<seq>. */
export const ctiEvents = pgTable("cti_events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  extension: text("extension").notNull(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  /** Ringing, Answered, ConnectionCleared, CallFailure, LoggedOn, LoggedOff, Ready, NotReady. */
  type: text("type").notNull(),
  callId: text("call_id"),
  payload: jsonb("payload").notNull().default({}),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("cti_events_extension_seq_key").on(t.extension, t.seq)]);

/** Usage log: 1 login / 2 logout, with the logout justification when asked. */
export const ctiUsageLog = pgTable("cti_usage_log", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  /** 1 = login, 2 = logout (the seed's codes). */
  kind: smallint("kind").notNull(),
  extension: text("extension").notNull(),
  justification: text("justification"),
  /** Logged out by the system (idle browser, takeover) rather than by the user. */
  automatic: boolean("automatic").notNull().default(false),
}, (t) => [index("cti_usage_log_user_idx").on(t.userId, t.at)]);

/** Call log: one row per call (DAC call id) on an extension. */
export const ctiCalls = pgTable("cti_calls", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  callId: text("call_id").notNull(),
  extension: text("extension").notNull(),
  userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
  phone: text("phone"),
  direction: text("direction", { enum: ["inbound", "outbound"] }).notNull(),
  extraInfo: text("extra_info"),
  /** The account identified when it rang (first match). */
  personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  answeredAt: timestamp("answered_at", { withTimezone: true }),
  endedAt: timestamp("ended_at", { withTimezone: true }),
}, (t) => [
  uniqueIndex("cti_calls_call_extension_key").on(t.callId, t.extension),
  index("cti_calls_started_idx").on(t.startedAt),
]);


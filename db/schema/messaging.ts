import { sql } from "drizzle-orm";
import {
  bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
} from "drizzle-orm/pg-core";
import { companies, users } from "./core";
import { people } from "./people";

export const PROVIDERS = ["rdconversas", "meta", "plugmessage"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** A sending account at a provider: where to call, with which (encrypted) credentials, under which limits. */
export const providerAccounts = pgTable("provider_accounts", {
  id: serial("id").primaryKey(),
  provider: text("provider", { enum: PROVIDERS }).notNull(),
  name: text("name").notNull(),
  baseUrl: text("base_url").notNull(),
  /** Encrypted with lib/core/crypto (enc:v1:...), e.g. the bearer token. */
  credentials: jsonb("credentials").notNull().default({}),
  limitPerSecond: integer("limit_per_second"),
  limitPerBatch: integer("limit_per_batch"),
  limitPerDay: integer("limit_per_day"),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("provider_accounts_name_key").on(t.provider, t.name)]);

export const OUTBOX_STATUSES = [
  "queued", "held", "sending", "retry_scheduled", "sent", "delivered", "read", "failed", "needs_review", "cancelled",
] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Every message any feature sends goes through here; the idempotency key makes "never twice" a database fact. */
export const outboxMessages = pgTable("outbox_messages", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id),
  accountId: integer("account_id").notNull().references(() => providerAccounts.id),
  /** Registered message kind, e.g. "rd.template", "rd.contact"; decides the adapter call and the completion hook. */
  kind: text("kind").notNull(),
  /** E.164 recipient. */
  recipient: text("recipient").notNull(),
  personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
  payload: jsonb("payload").notNull(),
  /** Who produced it (e.g. "process:103", "batch:PESFP079", "person-save") and its own reference. */
  producer: text("producer").notNull(),
  producerRef: text("producer_ref"),
  runId: bigint("run_id", { mode: "number" }),
  idempotencyKey: text("idempotency_key").notNull(),
  status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("queued"),
  statusReason: text("status_reason"),
  notBefore: timestamp("not_before", { withTimezone: true }),
  attempts: integer("attempts").notNull().default(0),
  leaseOwner: text("lease_owner"),
  leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
  providerMessageId: text("provider_message_id"),
  /** Admin whose explicit retry queued the row again; copied to the next attempt's requested_by when claimed. */
  retryRequestedBy: integer("retry_requested_by").references(() => users.id, { onDelete: "set null" }),
  lastErrorCode: text("last_error_code"),
  lastErrorMessage: text("last_error_message"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp("sent_at", { withTimezone: true }),
  deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  readAt: timestamp("read_at", { withTimezone: true }),
}, (t) => [
  uniqueIndex("outbox_messages_idempotency_key").on(t.idempotencyKey),
  // The dispatcher's claim query: ready rows in order, per account.
  index("outbox_messages_ready_idx").on(t.accountId, t.notBefore, t.id).where(sql`${t.status} in ('queued', 'retry_scheduled')`),
  index("outbox_messages_lease_idx").on(t.leaseExpiresAt).where(sql`${t.status} = 'sending'`),
  index("outbox_messages_company_idx").on(t.companyId, t.createdAt),
  index("outbox_messages_status_idx").on(t.companyId, t.status),
  index("outbox_messages_run_idx").on(t.runId),
  index("outbox_messages_provider_id_idx").on(t.providerMessageId),
  // PESFP079 and person saves ask "does this person have a live RD contact?" per person.
  index("outbox_messages_contact_person_idx").on(t.personId).where(sql`${t.kind} = 'rd.contact'`),
]);

export const ATTEMPT_OUTCOMES = ["sent", "transient", "permanent", "unknown", "not_sent"] as const;

/** One row per provider call, with what the provider answered. */
export const outboxAttempts = pgTable("outbox_attempts", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  messageId: bigint("message_id", { mode: "number" }).notNull().references(() => outboxMessages.id, { onDelete: "cascade" }),
  attemptNo: integer("attempt_no").notNull(),
  worker: text("worker").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  outcome: text("outcome", { enum: ATTEMPT_OUTCOMES }),
  httpStatus: integer("http_status"),
  providerCode: text("provider_code"),
  providerMessage: text("provider_message"),
  response: jsonb("response"),
  /** Admin who asked for this attempt (explicit retry of failed/needs_review), audited. */
  requestedBy: integer("requested_by").references(() => users.id, { onDelete: "set null" }),
}, (t) => [index("outbox_attempts_message_idx").on(t.messageId, t.attemptNo)]);

/** Per-account usage per window ("second" / "day"), reserved atomically so limits hold across workers and processes. */
export const rateLimitUsage = pgTable("rate_limit_usage", {
  accountId: integer("account_id").notNull().references(() => providerAccounts.id, { onDelete: "cascade" }),
  window: text("window", { enum: ["second", "day"] }).notNull(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  used: integer("used").notNull().default(0),
}, (t) => [primaryKey({ columns: [t.accountId, t.window, t.windowStart] })]);

import { sql } from "drizzle-orm";
import {
  bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
} from "drizzle-orm/pg-core";
import { companies, users } from "./core";
import { outboxMessages } from "./messaging";
import { ORDER_CHANNELS, people } from "./people";

/**
 * INTFM037: one message per company and type (Vencimento boleto, Vencimento carnê, one type per order stage),
 * with the provider template it sends, the chip it goes out from and the ordered field list that fills {{1}}, {{2}}...
 */
export const rdMessages = pgTable("rd_messages", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
  /** lib/rdconversas/message-types.ts: "due_boleto", "due_carne", "order:<stage code>". */
  type: text("type").notNull(),
  templateId: text("template_id").notNull(),
  templateName: text("template_name").notNull(),
  /** The template text when the message was configured: a different text at the provider shows a warning. */
  templateText: text("template_text").notNull(),
  variableCount: integer("variable_count").notNull(),
  chipId: text("chip_id").notNull(),
  chipLabel: text("chip_label").notNull(),
  active: boolean("active").notNull().default(true),
  /** Field codes of lib/rdconversas/fields.ts, in variable order. */
  fields: text("fields").array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
}, (t) => [uniqueIndex("rd_messages_company_type_key").on(t.companyId, t.type)]);

/** Which order stages notify the customer, per company and channel, and with which message. */
export const rdOrderStageNotifications = pgTable("rd_order_stage_notifications", {
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
  channel: text("channel", { enum: ORDER_CHANNELS }).notNull(),
  /** Stage code of lib/rdconversas/order-stages.ts. */
  stage: text("stage").notNull(),
  messageId: integer("message_id").notNull().references(() => rdMessages.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.companyId, t.channel, t.stage] })]);

export const CONTACT_BATCH_STATUSES = ["running", "finished", "cancelled"] as const;

/** PESFP079: one batch contact send; its items point at the outbox rows that carry each person's contact. */
export const rdContactBatches = pgTable("rd_contact_batches", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  /** Logged company when it was started (contacts are corporate; the batch is listed for that company's users). */
  companyId: integer("company_id").notNull().references(() => companies.id),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  /** The filters the batch was selected with (shown in the history). */
  filters: jsonb("filters").notNull().default({}),
  total: integer("total").notNull().default(0),
  status: text("status", { enum: CONTACT_BATCH_STATUSES }).notNull().default("running"),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  cancelledBy: integer("cancelled_by").references(() => users.id, { onDelete: "set null" }),
}, (t) => [index("rd_contact_batches_company_idx").on(t.companyId, t.createdAt)]);

export const rdContactBatchItems = pgTable("rd_contact_batch_items", {
  batchId: bigint("batch_id", { mode: "number" }).notNull().references(() => rdContactBatches.id, { onDelete: "cascade" }),
  personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
  messageId: bigint("message_id", { mode: "number" }).notNull().references(() => outboxMessages.id, { onDelete: "cascade" }),
}, (t) => [
  primaryKey({ columns: [t.batchId, t.personId] }),
  index("rd_contact_batch_items_message_idx").on(t.messageId),
]);

/** ERP ingestion API keys, per company; only a SHA-256 of the key is kept. */
export const apiKeys = pgTable("api_keys", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  /** First characters of the key, shown so admins can tell keys apart. */
  prefix: text("prefix").notNull(),
  hash: text("hash").notNull(),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  revokedBy: integer("revoked_by").references(() => users.id, { onDelete: "set null" }),
}, (t) => [uniqueIndex("api_keys_hash_key").on(t.hash), index("api_keys_company_idx").on(t.companyId)]);

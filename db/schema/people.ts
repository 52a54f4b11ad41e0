import { sql } from "drizzle-orm";
import {
  bigint, boolean, date, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
} from "drizzle-orm/pg-core";
import { companies } from "./core";

export const phoneTypes = pgTable("phone_types", {
  id: serial("id").primaryKey(),
  code: text("code").notNull(),
  description: text("description").notNull(),
}, (t) => [uniqueIndex("phone_types_code_key").on(t.code)]);

/** PESFL101: definitions of additional fields whose values are stored per person. */
export const additionalFields = pgTable("additional_fields", {
  id: serial("id").primaryKey(),
  code: text("code").notNull(),
  label: text("label").notNull(),
  type: text("type", { enum: ["text", "number", "date", "boolean"] }).notNull(),
}, (t) => [uniqueIndex("additional_fields_code_key").on(t.code)]);

export const people = pgTable("people", {
  id: serial("id").primaryKey(),
  kind: text("kind", { enum: ["natural", "legal"] }).notNull(),
  /** CPF or CNPJ, digits only. */
  document: text("document"),
  name: text("name").notNull(),
  /** Accent- and case-free name, stored so searches and ordering never call unaccent per row. */
  nameKey: text("name_key").generatedAlwaysAs(sql`f_unaccent(lower(name))`),
  tradeName: text("trade_name"),
  erpCode: text("erp_code"),
  crmCode: text("crm_code"),
  /** Set for contacts: the account person this contact belongs to. */
  accountId: integer("account_id").references((): any => people.id, { onDelete: "set null" }),
  optOutWhatsapp: boolean("opt_out_whatsapp").notNull().default(false),
  optOutSms: boolean("opt_out_sms").notNull().default(false),
  optOutEmail: boolean("opt_out_email").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex("people_document_key").on(t.document),
  uniqueIndex("people_erp_code_key").on(t.erpCode),
  index("people_account_idx").on(t.accountId),
  index("people_created_idx").on(t.createdAt),
  index("people_name_trgm_idx").using("gin", sql`${t.nameKey} gin_trgm_ops`),
  // List order and short-prefix search: accent- and case-free key in byte order, so "Ávila" sorts with "avila".
  index("people_name_key_idx").using("btree", sql`${t.nameKey} COLLATE "C"`, t.id),
]);

export const personPhones = pgTable("person_phones", {
  id: serial("id").primaryKey(),
  personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
  phoneTypeId: integer("phone_type_id").notNull().references(() => phoneTypes.id),
  /** E.164, e.g. +5511987654321. */
  e164: text("e164").notNull(),
  isPrimary: boolean("is_primary").notNull().default(false),
}, (t) => [
  index("person_phones_person_idx").on(t.personId),
  // Suffix search ("any format, last digits") runs as a prefix search on the reversed number.
  index("person_phones_reverse_idx").on(sql`reverse(${t.e164}) text_pattern_ops`),
  uniqueIndex("person_phones_one_primary_per_type").on(t.personId, t.phoneTypeId).where(sql`${t.isPrimary}`),
]);

export const personEmails = pgTable("person_emails", {
  id: serial("id").primaryKey(),
  personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  isPrimary: boolean("is_primary").notNull().default(false),
}, (t) => [index("person_emails_person_idx").on(t.personId)]);

export const personAdditionalValues = pgTable("person_additional_values", {
  personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
  fieldId: integer("field_id").notNull().references(() => additionalFields.id, { onDelete: "cascade" }),
  value: text("value").notNull(),
}, (t) => [primaryKey({ columns: [t.personId, t.fieldId] }), index("person_additional_values_field_idx").on(t.fieldId, t.value)]);

export const RECEIVABLE_STATUSES = ["open", "in_progress", "paid", "cancelled", "renegotiated", "written_off"] as const;
export const PAYMENT_METHODS = ["boleto", "carne_pix"] as const;

export const receivables = pgTable("receivables", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id),
  personId: integer("person_id").notNull().references(() => people.id),
  documentNumber: text("document_number").notNull(),
  dueDate: date("due_date", { mode: "string" }).notNull(),
  amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
  paymentMethod: text("payment_method", { enum: PAYMENT_METHODS }).notNull(),
  status: text("status", { enum: RECEIVABLE_STATUSES }).notNull().default("open"),
  digitableLine: text("digitable_line"),
  pixCode: text("pix_code"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex("receivables_company_document_key").on(t.companyId, t.documentNumber),
  index("receivables_person_idx").on(t.personId, t.dueDate),
  index("receivables_due_idx").on(t.companyId, t.dueDate, t.status),
]);

export const ORDER_CHANNELS = ["prateleira_infinita", "omni"] as const;

export const orders = pgTable("orders", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id),
  personId: integer("person_id").notNull().references(() => people.id),
  channel: text("channel", { enum: ORDER_CHANNELS }).notNull(),
  number: text("number").notNull(),
  /** Current stage code (lib/rdconversas/order-stages.ts). */
  stage: text("stage").notNull(),
  totalCents: bigint("total_cents", { mode: "number" }).notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex("orders_company_number_key").on(t.companyId, t.number),
  index("orders_person_idx").on(t.personId),
]);

export const orderStageHistory = pgTable("order_stage_history", {
  id: serial("id").primaryKey(),
  orderId: integer("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
  /** Stage code of lib/rdconversas/order-stages.ts. */
  stage: text("stage").notNull(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  /** "seed", "screen" (an operator advanced it) or "api" (ERP ingestion). */
  source: text("source").notNull().default("seed"),
  changedBy: integer("changed_by"),
}, (t) => [index("order_stage_history_order_idx").on(t.orderId, t.at)]);

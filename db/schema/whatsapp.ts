import { sql } from "drizzle-orm";
import {
  bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
} from "drizzle-orm/pg-core";
import { companies, users } from "./core";
import { providerAccounts } from "./messaging";
import { people } from "./people";

/**
 * Issue 7 (seed 002, Cedrus "Integração WhatsApp"). One WhatsApp account per company; its sending side is a
 * provider account (Meta Cloud API or PlugMessage) so the messaging engine's per-account limits ("agente de envio":
 * max starts per day, max per batch) apply unchanged.
 */

/** The parties on whose behalf debts are collected. */
export const creditors = pgTable("creditors", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  /** Digits only, CPF or CNPJ (optional). */
  document: text("document"),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("creditors_company_name_key").on(t.companyId, sql`lower(${t.name})`)]);

export const DOCUMENT_KINDS = ["agreement_term", "debt_statement"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** Debt statement types; the WhatsApp account only accepts "original_title" ("Título Original"). */
export const STATEMENT_TYPES = ["original_title", "updated_title"] as const;
export type StatementType = (typeof STATEMENT_TYPES)[number];

/** Agreement terms and debt statements: document templates with wildcards such as #NOME_USUARIO#. */
export const documentTemplates = pgTable("document_templates", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
  kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
  name: text("name").notNull(),
  /** Only for debt statements. */
  statementType: text("statement_type", { enum: STATEMENT_TYPES }),
  body: text("body").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("document_templates_name_key").on(t.companyId, t.kind, sql`lower(${t.name})`)]);

export const WHATSAPP_API_MODES = ["official", "unofficial"] as const;
export type WhatsappApiMode = (typeof WHATSAPP_API_MODES)[number];

/** The company's WhatsApp account: "Conta", "Configurações" and "Menu" tabs. */
export const whatsappAccounts = pgTable("whatsapp_accounts", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
  /** Conta tab. */
  agreementTermId: integer("agreement_term_id").references(() => documentTemplates.id, { onDelete: "set null" }),
  debtStatementId: integer("debt_statement_id").references(() => documentTemplates.id, { onDelete: "set null" }),
  signingUserId: integer("signing_user_id").references(() => users.id, { onDelete: "set null" }),
  adminUserId: integer("admin_user_id").references(() => users.id, { onDelete: "set null" }),
  /** Configurações tab: which API, and the provider account that sends (limits live there). */
  apiMode: text("api_mode", { enum: WHATSAPP_API_MODES }).notNull().default("official"),
  /** Meta Cloud API account: credentials {token, appSecret, verifyToken (encrypted), wabaId, phoneNumberId}. */
  officialAccountId: integer("official_account_id").references(() => providerAccounts.id, { onDelete: "set null" }),
  /** PlugMessage account: credentials {token (encrypted)}. */
  unofficialAccountId: integer("unofficial_account_id").references(() => providerAccounts.id, { onDelete: "set null" }),
  /** PlugMessage session: QR read at connectedAt, valid until expiresAt (15 days). */
  plugSessionId: text("plug_session_id"),
  plugConnectedAt: timestamp("plug_connected_at", { withTimezone: true }),
  plugExpiresAt: timestamp("plug_expires_at", { withTimezone: true }),
  /** Menu tab. */
  interactiveMenu: boolean("interactive_menu").notNull().default(false),
  virtualAssistant: boolean("virtual_assistant").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("whatsapp_accounts_company_key").on(t.companyId)]);

/** Credor tab: per-creditor agreement term and debt statement. */
export const whatsappCreditorSettings = pgTable("whatsapp_creditor_settings", {
  whatsappAccountId: integer("whatsapp_account_id").notNull().references(() => whatsappAccounts.id, { onDelete: "cascade" }),
  creditorId: integer("creditor_id").notNull().references(() => creditors.id, { onDelete: "cascade" }),
  agreementTermId: integer("agreement_term_id").references(() => documentTemplates.id, { onDelete: "set null" }),
  debtStatementId: integer("debt_statement_id").references(() => documentTemplates.id, { onDelete: "set null" }),
}, (t) => [primaryKey({ columns: [t.whatsappAccountId, t.creditorId] })]);

export const BOT_MESSAGE_KINDS = ["welcome", "transfer", "closing_operator", "closing_bot"] as const;
export type BotMessageKind = (typeof BOT_MESSAGE_KINDS)[number];

/** Mensagens automáticas do chat bot. */
export const whatsappBotMessages = pgTable("whatsapp_bot_messages", {
  whatsappAccountId: integer("whatsapp_account_id").notNull().references(() => whatsappAccounts.id, { onDelete: "cascade" }),
  kind: text("kind", { enum: BOT_MESSAGE_KINDS }).notNull(),
  body: text("body").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
}, (t) => [primaryKey({ columns: [t.whatsappAccountId, t.kind] })]);

/** Menu options the virtual assistant offers a debtor who writes first. */
export const whatsappMenuOptions = pgTable("whatsapp_menu_options", {
  id: serial("id").primaryKey(),
  whatsappAccountId: integer("whatsapp_account_id").notNull().references(() => whatsappAccounts.id, { onDelete: "cascade" }),
  code: text("code").notNull(),
  label: text("label").notNull(),
  active: boolean("active").notNull().default(true),
  position: integer("position").notNull(),
}, (t) => [uniqueIndex("whatsapp_menu_options_code_key").on(t.whatsappAccountId, t.code)]);

export const TEMPLATE_CATEGORIES = ["MARKETING", "UTILITY"] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];
export const TEMPLATE_STATUSES = ["pending", "approved", "rejected", "paused", "disabled"] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** Modelos de início de chat (official API only): submitted to Meta, approved or rejected there. */
export const whatsappTemplates = pgTable("whatsapp_templates", {
  id: serial("id").primaryKey(),
  whatsappAccountId: integer("whatsapp_account_id").notNull().references(() => whatsappAccounts.id, { onDelete: "cascade" }),
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
  /** lowercase_underscore, unique per account. */
  name: text("name").notNull(),
  category: text("category", { enum: TEMPLATE_CATEGORIES }).notNull(),
  language: text("language").notNull().default("pt_BR"),
  body: text("body").notNull(),
  /** Example value per {{n}}, in order (Meta requires them for review). */
  examples: text("examples").array().notNull().default(sql`'{}'::text[]`),
  status: text("status", { enum: TEMPLATE_STATUSES }).notNull().default("pending"),
  rejectionReason: text("rejection_reason"),
  /** Meta's template id; null until Meta accepted the submission. */
  metaTemplateId: text("meta_template_id"),
  /** After approval: the field code (lib/whatsapp/template-fields.ts) filling each {{n}}, in order. */
  mapping: text("mapping").array().notNull().default(sql`'{}'::text[]`),
  /** Imported by "Sincronizar" from a template created directly in Meta. */
  imported: boolean("imported").notNull().default(false),
  submittedAt: timestamp("submitted_at", { withTimezone: true }),
  statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
}, (t) => [
  uniqueIndex("whatsapp_templates_name_key").on(t.whatsappAccountId, t.name, t.language),
  uniqueIndex("whatsapp_templates_meta_id_key").on(t.metaTemplateId),
]);

/**
 * One conversation per account and customer phone: the 24-hour window opens with the customer's last inbound
 * message; a chat-start template without a reply blocks another one for 24 h (seed 002).
 */
export const whatsappConversations = pgTable("whatsapp_conversations", {
  id: serial("id").primaryKey(),
  whatsappAccountId: integer("whatsapp_account_id").notNull().references(() => whatsappAccounts.id, { onDelete: "cascade" }),
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
  /** E.164. */
  phone: text("phone").notNull(),
  personId: integer("person_id").references(() => people.id, { onDelete: "set null" }),
  lastInboundAt: timestamp("last_inbound_at", { withTimezone: true }),
  /** When the last chat-start template was queued to this phone. */
  lastTemplateAt: timestamp("last_template_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("whatsapp_conversations_phone_key").on(t.whatsappAccountId, t.phone)]);

/** Customer messages received through the webhook (deduplicated by Meta's wamid). */
export const whatsappInboundMessages = pgTable("whatsapp_inbound_messages", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  conversationId: integer("conversation_id").notNull().references(() => whatsappConversations.id, { onDelete: "cascade" }),
  wamid: text("wamid").notNull(),
  type: text("type").notNull(),
  text: text("text"),
  /** Meta's timestamp of the message. */
  sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("whatsapp_inbound_messages_wamid_key").on(t.wamid), index("whatsapp_inbound_messages_conversation_idx").on(t.conversationId, t.sentAt)]);

export const WEBHOOK_OUTCOMES = ["applied", "duplicate", "ignored", "refused"] as const;

/** Every webhook item we received and what we did with it: the trail for "unknown template id: ignored and logged". */
export const whatsappWebhookLog = pgTable("whatsapp_webhook_log", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  whatsappAccountId: integer("whatsapp_account_id").references(() => whatsappAccounts.id, { onDelete: "cascade" }),
  /** "status", "message", "template_status", "signature"... */
  kind: text("kind").notNull(),
  outcome: text("outcome", { enum: WEBHOOK_OUTCOMES }).notNull(),
  detail: text("detail"),
  payload: jsonb("payload"),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index("whatsapp_webhook_log_account_idx").on(t.whatsappAccountId, t.receivedAt)]);

/** In-app notifications (e.g. to the WhatsApp admin user: template approved/rejected, PlugMessage session expiring). */
export const notifications = pgTable("notifications", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  companyId: integer("company_id").references(() => companies.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  body: text("body"),
  /** In-app path to open, e.g. "/whatsapp/templates/12". */
  href: text("href"),
  /** Dedupes repeated notices (e.g. "plug-expiring:<account>:<expiresAt>"). */
  dedupeKey: text("dedupe_key"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  readAt: timestamp("read_at", { withTimezone: true }),
}, (t) => [
  index("notifications_user_idx").on(t.userId, t.createdAt),
  uniqueIndex("notifications_dedupe_key").on(t.userId, t.dedupeKey),
]);

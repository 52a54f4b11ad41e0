import {
  boolean, date, index, integer, pgSequence, pgTable, serial, text, timestamp, uniqueIndex,
} from "drizzle-orm/pg-core";
import { companies, users } from "./core";
import { people } from "./people";

export const CRM_OCCURRENCE_STATUSES = ["open", "in_progress", "waiting_customer", "waiting_authorization", "closed"] as const;

/** Feeds the 6-digit part of occurrence protocols (OC + yyyymmdd + sequence). */
export const crmOccurrenceProtocolSeq = pgSequence("crm_occurrence_protocol_seq");

export const crmLeads = pgTable("crm_leads", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id),
  name: text("name").notNull(),
  phone: text("phone"),
  email: text("email"),
  notes: text("notes"),
  createdBy: integer("created_by").notNull().references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index("crm_leads_company_idx").on(t.companyId, t.createdAt)]);

export const crmOccurrenceTypes = pgTable("crm_occurrence_types", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
}, (t) => [uniqueIndex("crm_occurrence_types_name_key").on(t.name)]);

/** Occurrences are modelled once for the product: the ticket module builds on this table. */
export const crmOccurrences = pgTable("crm_occurrences", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id),
  protocol: text("protocol").notNull(),
  typeId: integer("type_id").notNull().references(() => crmOccurrenceTypes.id),
  subject: text("subject").notNull(),
  description: text("description"),
  status: text("status", { enum: CRM_OCCURRENCE_STATUSES }).notNull().default("open"),
  accountId: integer("account_id").notNull().references(() => people.id),
  contactId: integer("contact_id").references(() => people.id),
  createdBy: integer("created_by").notNull().references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex("crm_occurrences_protocol_key").on(t.protocol),
  index("crm_occurrences_company_account_idx").on(t.companyId, t.accountId, t.createdAt),
  index("crm_occurrences_contact_idx").on(t.contactId),
]);

export const crmOpportunities = pgTable("crm_opportunities", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id),
  accountId: integer("account_id").notNull().references(() => people.id),
  contactId: integer("contact_id").references(() => people.id),
  title: text("title").notNull(),
  amountCents: integer("amount_cents").notNull().default(0),
  stage: text("stage").notNull(),
  createdBy: integer("created_by").notNull().references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index("crm_opportunities_company_account_idx").on(t.companyId, t.accountId, t.createdAt),
  index("crm_opportunities_contact_idx").on(t.contactId),
]);

export const crmHistory = pgTable("crm_history", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id),
  accountId: integer("account_id").notNull().references(() => people.id),
  contactId: integer("contact_id").references(() => people.id),
  note: text("note").notNull(),
  createdBy: integer("created_by").notNull().references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index("crm_history_company_account_idx").on(t.companyId, t.accountId, t.createdAt),
  index("crm_history_contact_idx").on(t.contactId),
]);

export const crmTasks = pgTable("crm_tasks", {
  id: serial("id").primaryKey(),
  companyId: integer("company_id").notNull().references(() => companies.id),
  accountId: integer("account_id").notNull().references(() => people.id),
  contactId: integer("contact_id").references(() => people.id),
  title: text("title").notNull(),
  dueDate: date("due_date"),
  done: boolean("done").notNull().default(false),
  createdBy: integer("created_by").notNull().references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index("crm_tasks_company_account_idx").on(t.companyId, t.accountId, t.createdAt),
  index("crm_tasks_contact_idx").on(t.contactId),
]);

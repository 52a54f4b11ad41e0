import { sql } from "drizzle-orm";
import {
  bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique, uniqueIndex,
} from "drizzle-orm/pg-core";

export const companies = pgTable("companies", {
  id: serial("id").primaryKey(),
  code: text("code").notNull(),
  name: text("name").notNull(),
  document: text("document"),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("companies_code_key").on(t.code)]);

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ["admin", "operator"] }).notNull(),
  active: boolean("active").notNull().default(true),
  /** Sign-outs and deactivations: sessions that signed in before this instant are refused, whatever their JWT says. */
  sessionsValidAfter: timestamp("sessions_valid_after", { withTimezone: true }),
  currentCompanyId: integer("current_company_id").references(() => companies.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)]);

export const userCompanies = pgTable("user_companies", {
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  companyId: integer("company_id").notNull().references(() => companies.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.userId, t.companyId] })]);

export const loginAttempts = pgTable("login_attempts", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  email: text("email").notNull(),
  address: text("address").notNull(),
  succeeded: boolean("succeeded").notNull(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index("login_attempts_lookup_idx").on(t.email, t.address, t.at)]);

export const auditLog = pgTable("audit_log", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
  companyId: integer("company_id").references(() => companies.id, { onDelete: "set null" }),
  entity: text("entity").notNull(),
  entityId: text("entity_id").notNull(),
  action: text("action").notNull(),
  before: jsonb("before"),
  after: jsonb("after"),
}, (t) => [
  index("audit_log_at_idx").on(t.at),
  index("audit_log_entity_idx").on(t.entity, t.entityId),
  index("audit_log_company_idx").on(t.companyId, t.at),
]);

/** Organization-wide (company_id null) and per-company parameters, each value validated by its registered schema. */
export const settings = pgTable("settings", {
  id: serial("id").primaryKey(),
  code: text("code").notNull(),
  companyId: integer("company_id").references(() => companies.id, { onDelete: "cascade" }),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
}, (t) => [unique("settings_code_company_key").on(t.code, t.companyId).nullsNotDistinct()]);

/** Sessions signed out one by one (JWTs cannot be deleted): a revoked session id is refused on every request. */
export const revokedSessions = pgTable("revoked_sessions", {
  sessionId: text("session_id").primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }).notNull(),
});

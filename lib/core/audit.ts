import { auditLog } from "@/db/schema";
import type { Ctx } from "./ctx";

export type AuditEntry = {
  entity: string;
  entityId: string | number;
  action: "create" | "update" | "delete" | string;
  /** Company the changed record belongs to; null for organization-wide records. */
  companyId?: number | null;
  before?: unknown;
  after?: unknown;
};

const SECRET_KEYS = /password|token|secret|hash/i;

/** Never let a secret reach the audit log, even encrypted. */
function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) && v ? "[protegido]" : redact(v)]),
    );
  }
  return value;
}

/** Written inside the action's transaction, so a change and its audit entry land together or not at all. */
export async function recordAudit(ctx: Pick<Ctx, "db" | "user" | "clock">, entry: AuditEntry) {
  await ctx.db.insert(auditLog).values({
    at: ctx.clock.now(),
    userId: ctx.user.id,
    companyId: entry.companyId ?? null,
    entity: entry.entity,
    entityId: String(entry.entityId),
    action: entry.action,
    before: entry.before === undefined ? null : redact(entry.before),
    after: entry.after === undefined ? null : redact(entry.after),
  });
}

import { and, asc, eq, sql } from "drizzle-orm";
import { documentTemplates, type DocumentKind, type StatementType } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";

/** The logged company's agreement terms and debt statements, by kind then name; optionally one kind/type only. */
export async function listDocumentTemplates({ ctx, input = {} }: { ctx: Ctx; input?: { kind?: DocumentKind; statementType?: StatementType } }) {
  return ctx.db.select({
    id: documentTemplates.id, kind: documentTemplates.kind, name: documentTemplates.name,
    statementType: documentTemplates.statementType, updatedAt: documentTemplates.updatedAt,
  }).from(documentTemplates)
    .where(and(
      eq(documentTemplates.companyId, ctx.companyId),
      input.kind ? eq(documentTemplates.kind, input.kind) : undefined,
      input.statementType ? eq(documentTemplates.statementType, input.statementType) : undefined,
    ))
    .orderBy(asc(documentTemplates.kind), asc(sql`lower(${documentTemplates.name})`), asc(documentTemplates.id));
}

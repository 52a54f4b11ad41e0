import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { companies, outboxMessages, people, providerAccounts } from "@/db/schema";
import { TIME_ZONE } from "@/lib/br/format";
import { assertCompanyAccess, grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import type { MessageSearchParams } from "./log-schemas";

export const MESSAGES_PAGE_SIZE = 50;
const COUNT_CAP = 10_000;

/** Message log: newest first, only granted companies, with per-status counts for the same filters (status aside). */
export async function listMessages({ ctx, input }: { ctx: Ctx; input: MessageSearchParams }) {
  if (input.empresa) assertCompanyAccess(ctx, input.empresa);
  const scope: SQL[] = [inArray(outboxMessages.companyId, input.empresa ? [input.empresa] : grantedCompanyIds(ctx))];
  if (input.provedor) scope.push(eq(providerAccounts.provider, input.provedor as "rdconversas"));
  if (input.tipo) scope.push(eq(outboxMessages.kind, input.tipo));
  if (input.de) scope.push(sql`${outboxMessages.createdAt} >= (${input.de}::date)::timestamp at time zone ${TIME_ZONE}`);
  if (input.ate) scope.push(sql`${outboxMessages.createdAt} < (${input.ate}::date + 1)::timestamp at time zone ${TIME_ZONE}`);
  const digits = input.destinatario?.replace(/\D/g, "");
  if (digits) scope.push(sql`${outboxMessages.recipient} like ${`%${digits}`}`);
  const where = and(...scope, input.situacao ? eq(outboxMessages.status, input.situacao) : undefined);

  const [rows, perStatus, counted] = await Promise.all([
    ctx.db
      .select({
        id: outboxMessages.id, createdAt: outboxMessages.createdAt, status: outboxMessages.status, kind: outboxMessages.kind,
        recipient: outboxMessages.recipient, attempts: outboxMessages.attempts, producer: outboxMessages.producer,
        lastErrorCode: outboxMessages.lastErrorCode, lastErrorMessage: outboxMessages.lastErrorMessage,
        statusReason: outboxMessages.statusReason, provider: providerAccounts.provider, accountName: providerAccounts.name,
        companyCode: companies.code, personName: people.name, personId: outboxMessages.personId,
      })
      .from(outboxMessages)
      .innerJoin(providerAccounts, eq(providerAccounts.id, outboxMessages.accountId))
      .innerJoin(companies, eq(companies.id, outboxMessages.companyId))
      .leftJoin(people, eq(people.id, outboxMessages.personId))
      .where(where)
      .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
      .limit(MESSAGES_PAGE_SIZE)
      .offset((input.page - 1) * MESSAGES_PAGE_SIZE),
    ctx.db
      .select({ status: outboxMessages.status, n: count() })
      .from(outboxMessages)
      .innerJoin(providerAccounts, eq(providerAccounts.id, outboxMessages.accountId))
      .where(and(...scope))
      .groupBy(outboxMessages.status),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(
      ctx.db.select({ one: sql`1` }).from(outboxMessages)
        .innerJoin(providerAccounts, eq(providerAccounts.id, outboxMessages.accountId))
        .where(where).limit(COUNT_CAP + 1).as("capped"),
    ),
  ]);
  const total = counted[0]?.n ?? 0;
  return {
    rows,
    counts: Object.fromEntries(perStatus.map((s) => [s.status, Number(s.n)])) as Record<string, number>,
    total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP, page: input.page, pageSize: MESSAGES_PAGE_SIZE,
  };
}

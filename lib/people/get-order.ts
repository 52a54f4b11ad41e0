import { and, asc, eq, inArray } from "drizzle-orm";
import { companies, orders, orderStageHistory, people, users } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** An order with its stage history (source and who changed it); orders of companies the caller was not granted do not exist for them. */
export async function getOrder({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const [found] = await ctx.db
    .select({
      order: orders,
      company: { id: companies.id, code: companies.code, name: companies.name },
      person: { id: people.id, name: people.name, document: people.document },
    })
    .from(orders)
    .innerJoin(companies, eq(companies.id, orders.companyId))
    .innerJoin(people, eq(people.id, orders.personId))
    .where(and(eq(orders.id, input.id), inArray(orders.companyId, grantedCompanyIds(ctx))));
  if (!found) throw notFound("Pedido");
  const history = await ctx.db
    .select({
      id: orderStageHistory.id, stage: orderStageHistory.stage, at: orderStageHistory.at,
      source: orderStageHistory.source, changedBy: users.name,
    })
    .from(orderStageHistory)
    .leftJoin(users, eq(users.id, orderStageHistory.changedBy))
    .where(eq(orderStageHistory.orderId, input.id))
    .orderBy(asc(orderStageHistory.at), asc(orderStageHistory.id));
  return { ...found, history };
}

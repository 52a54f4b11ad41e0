import { asc, eq } from "drizzle-orm";
import { companies, outboxAttempts, outboxMessages, people, providerAccounts, users } from "@/db/schema";
import { type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** One message with every attempt and provider answer; a message of a non-granted company does not exist for the caller. */
export async function getMessage({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const [message] = await ctx.db
    .select({ message: outboxMessages, provider: providerAccounts.provider, accountName: providerAccounts.name,
      companyCode: companies.code, companyName: companies.name, personName: people.name })
    .from(outboxMessages)
    .innerJoin(providerAccounts, eq(providerAccounts.id, outboxMessages.accountId))
    .innerJoin(companies, eq(companies.id, outboxMessages.companyId))
    .leftJoin(people, eq(people.id, outboxMessages.personId))
    .where(eq(outboxMessages.id, input.id));
  if (!message || !ctx.companies.some((c) => c.id === message.message.companyId)) throw notFound("Mensagem");
  const attempts = await ctx.db
    .select({ attempt: outboxAttempts, requestedByName: users.name })
    .from(outboxAttempts)
    .leftJoin(users, eq(users.id, outboxAttempts.requestedBy))
    .where(eq(outboxAttempts.messageId, input.id))
    .orderBy(asc(outboxAttempts.attemptNo), asc(outboxAttempts.id));
  return { ...message, attempts };
}

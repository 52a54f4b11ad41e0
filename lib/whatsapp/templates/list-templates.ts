import { and, asc, count, desc, eq, ilike, type SQL } from "drizzle-orm";
import { whatsappTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { variableCount } from "@/lib/whatsapp/template-fields";
import { officialCredentials } from "./official-credentials";
import type { z } from "zod";
import type { templateListSchema } from "./schemas";

export const TEMPLATES_PAGE_SIZE = 25;

/** The "Modelos de início de chat" list of the logged company, with whether each is ready to start conversations. */
export async function listTemplates({ ctx, input }: { ctx: Ctx; input: z.output<typeof templateListSchema> }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const where: SQL[] = [eq(whatsappTemplates.whatsappAccountId, account.id)];
  if (input.status) where.push(eq(whatsappTemplates.status, input.status));
  if (input.q) where.push(ilike(whatsappTemplates.name, `%${input.q.replace(/[%_\\]/g, "\\$&")}%`));
  const [rows, [counted], configured] = await Promise.all([
    ctx.db.select().from(whatsappTemplates).where(and(...where))
      .orderBy(desc(whatsappTemplates.updatedAt), asc(whatsappTemplates.name))
      .limit(TEMPLATES_PAGE_SIZE).offset((input.page - 1) * TEMPLATES_PAGE_SIZE),
    ctx.db.select({ total: count() }).from(whatsappTemplates).where(and(...where)),
    officialCredentials(ctx.db, account).then(Boolean),
  ]);
  return {
    apiMode: account.apiMode,
    configured,
    total: counted?.total ?? 0,
    items: rows.map((t) => ({ ...t, variables: variableCount(t.body), mapped: isMapped(t) })),
  };
}

/** Approved and every {{n}} associated with a field: only these can start a conversation. */
export const isMapped = (t: { body: string; mapping: string[] }) => t.mapping.length === variableCount(t.body) && t.mapping.every(Boolean);

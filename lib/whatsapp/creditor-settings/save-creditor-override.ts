import { and, eq } from "drizzle-orm";
import { whatsappCreditorSettings } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { findCompanyCreditor } from "@/lib/creditors/find-company-creditor";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { assertDocumentChoice } from "@/lib/whatsapp/account-tab/assert-document-choice";
import type { CreditorOverrideValues } from "./schemas";

/** Sets a creditor's own term and/or statement; a field left empty falls back to the account's. */
export async function saveCreditorOverride({ ctx, input }: { ctx: Ctx; input: CreditorOverrideValues }) {
  requireAdmin(ctx);
  const creditor = await findCompanyCreditor(ctx, input.creditorId);
  await assertDocumentChoice(ctx, input);
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const key = and(eq(whatsappCreditorSettings.whatsappAccountId, account.id), eq(whatsappCreditorSettings.creditorId, creditor.id));
  const [before] = await ctx.db.select().from(whatsappCreditorSettings).where(key);
  const choice = { agreementTermId: input.agreementTermId, debtStatementId: input.debtStatementId };
  const [after] = await ctx.db.insert(whatsappCreditorSettings)
    .values({ whatsappAccountId: account.id, creditorId: creditor.id, ...choice })
    .onConflictDoUpdate({ target: [whatsappCreditorSettings.whatsappAccountId, whatsappCreditorSettings.creditorId], set: choice })
    .returning();
  await recordAudit(ctx, {
    entity: "whatsapp_creditor_setting", entityId: `${account.id}:${creditor.id}`, action: before ? "update" : "create",
    companyId: ctx.companyId, before, after,
  });
  return after!;
}

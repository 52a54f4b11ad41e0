import { eq } from "drizzle-orm";
import { whatsappAccounts } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { assertDocumentChoice } from "./assert-document-choice";
import { assertCompanyUser } from "./company-users";
import type { AccountTabValues } from "./schemas";

/** Saves the "Conta" tab of the logged company's WhatsApp account. */
export async function saveAccountTab({ ctx, input }: { ctx: Ctx; input: AccountTabValues }) {
  requireAdmin(ctx);
  await assertDocumentChoice(ctx, input);
  await assertCompanyUser(ctx, "signingUserId", input.signingUserId);
  await assertCompanyUser(ctx, "adminUserId", input.adminUserId);
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const before = {
    agreementTermId: account.agreementTermId, debtStatementId: account.debtStatementId,
    signingUserId: account.signingUserId, adminUserId: account.adminUserId,
  };
  const after = {
    agreementTermId: input.agreementTermId, debtStatementId: input.debtStatementId,
    signingUserId: input.signingUserId, adminUserId: input.adminUserId,
  };
  await ctx.db.update(whatsappAccounts).set({ ...after, updatedAt: ctx.clock.now() }).where(eq(whatsappAccounts.id, account.id));
  await recordAudit(ctx, { entity: "whatsapp_account", entityId: account.id, action: "update", companyId: ctx.companyId, before, after });
  return after;
}

import { and, eq } from "drizzle-orm";
import { whatsappCreditorSettings } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { requireAdmin, type Ctx } from "@/lib/core/ctx";
import { findCompanyCreditor } from "@/lib/creditors/find-company-creditor";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";

/** Back to "Usa o da conta" for both documents. Removing an absent override is a no-op. */
export async function removeCreditorOverride({ ctx, input }: { ctx: Ctx; input: { creditorId: number } }) {
  requireAdmin(ctx);
  const creditor = await findCompanyCreditor(ctx, input.creditorId);
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const [before] = await ctx.db.delete(whatsappCreditorSettings)
    .where(and(eq(whatsappCreditorSettings.whatsappAccountId, account.id), eq(whatsappCreditorSettings.creditorId, creditor.id)))
    .returning();
  if (before) {
    await recordAudit(ctx, {
      entity: "whatsapp_creditor_setting", entityId: `${account.id}:${creditor.id}`, action: "delete", companyId: ctx.companyId, before,
    });
  }
  return { creditorId: creditor.id, removed: Boolean(before) };
}

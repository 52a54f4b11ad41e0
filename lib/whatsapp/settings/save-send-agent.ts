import "server-only";
import { eq } from "drizzle-orm";
import { providerAccounts } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { providerAccountById } from "./provider-account";
import type { SendAgentInput } from "./schemas";

/**
 * "Agente de envio": the active API's sending account gets the per-day and per-batch limits the messaging engine
 * enforces (limit_per_day per São Paulo day, the rest waits for the next day; limit_per_batch per dispatcher cycle).
 */
export async function saveSendAgent({ ctx, input }: { ctx: Ctx; input: SendAgentInput }) {
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const official = account.apiMode === "official";
  const sending = await providerAccountById(ctx.db, official ? account.officialAccountId : account.unofficialAccountId);
  if (!sending) {
    throw new ServiceError("CONFLICT", official
      ? "Salve a configuração da API oficial antes de definir o agente de envio."
      : "Conecte-se ao PlugMessage antes de definir o agente de envio.");
  }
  await ctx.db.update(providerAccounts)
    .set({ limitPerDay: input.limitPerDay, limitPerBatch: input.limitPerBatch })
    .where(eq(providerAccounts.id, sending.id));
  await recordAudit(ctx, {
    entity: "provider_account", entityId: sending.id, action: "update", companyId: ctx.companyId,
    before: { limitPerDay: sending.limitPerDay, limitPerBatch: sending.limitPerBatch },
    after: { limitPerDay: input.limitPerDay, limitPerBatch: input.limitPerBatch },
  });
  return { accountId: sending.id, message: "Agente de envio salvo." };
}

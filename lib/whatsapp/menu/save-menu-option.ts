import "server-only";
import { eq } from "drizzle-orm";
import { whatsappMenuOptions } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";
import { findMenuOptions } from "./find-menu-options";
import { lockMenuAccount } from "./lock-menu-account";
import { ONE_ACTIVE_OPTION } from "./messages";
import type { SaveMenuOptionInput } from "./schemas";

/** "Editar" → "Salvar": renames an option and turns it on or off (seed: unticking "Ativo" removes it from the menu). */
export async function saveMenuOption({ ctx, input }: { ctx: Ctx; input: SaveMenuOptionInput }) {
  const account = await lockMenuAccount(ctx);
  const { options, option: before } = await findMenuOptions(ctx, account.id, input.id);
  const othersActive = options.some((o) => o.id !== before.id && o.active);
  if (before.active && !input.active && account.virtualAssistant && !othersActive) throw invalid("active", ONE_ACTIVE_OPTION);
  const [after] = await ctx.db.update(whatsappMenuOptions).set({ label: input.label, active: input.active })
    .where(eq(whatsappMenuOptions.id, before.id)).returning();
  await recordAudit(ctx, {
    entity: "whatsapp_menu_option", entityId: before.id, action: "update", companyId: ctx.companyId,
    before: { label: before.label, active: before.active }, after: { label: after!.label, active: after!.active },
  });
  return { id: before.id };
}

import "server-only";
import { eq } from "drizzle-orm";
import { whatsappMenuOptions } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid } from "@/lib/core/errors";
import { findMenuOptions } from "./find-menu-options";
import { lockMenuAccount } from "./lock-menu-account";
import type { MoveMenuOptionInput } from "./schemas";

/**
 * The arrows: swaps the option with its neighbour, in the caller's transaction. Positions are rewritten 1..n in the
 * new order, so gaps or ties left by older data cannot make a swap a no-op.
 */
export async function moveMenuOption({ ctx, input }: { ctx: Ctx; input: MoveMenuOptionInput }) {
  const account = await lockMenuAccount(ctx);
  const { options, index, option } = await findMenuOptions(ctx, account.id, input.id);
  const target = input.direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= options.length) {
    throw invalid("direction", input.direction === "up" ? `"${option.label}" já é a primeira opção do menu.` : `"${option.label}" já é a última opção do menu.`);
  }
  const order = [...options];
  [order[index], order[target]] = [order[target]!, order[index]!];
  for (const [i, o] of order.entries()) {
    if (o.position !== i + 1) await ctx.db.update(whatsappMenuOptions).set({ position: i + 1 }).where(eq(whatsappMenuOptions.id, o.id));
  }
  await recordAudit(ctx, {
    entity: "whatsapp_menu_option", entityId: option.id, action: input.direction === "up" ? "move_up" : "move_down", companyId: ctx.companyId,
    before: { position: index + 1 }, after: { position: target + 1 },
  });
  return { id: option.id, position: target + 1 };
}

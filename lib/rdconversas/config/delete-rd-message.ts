import "server-only";
import { eq } from "drizzle-orm";
import { rdMessages } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { findCompanyMessage } from "./find-company-message";

/** Deleting a message also removes the order-stage notifications that used it (foreign key cascade). */
export async function deleteRdMessage({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const before = await findCompanyMessage(ctx, input.id);
  await ctx.db.delete(rdMessages).where(eq(rdMessages.id, before.id));
  await recordAudit(ctx, { entity: "rd_message", entityId: before.id, action: "delete", companyId: before.companyId, before });
  return { id: before.id };
}

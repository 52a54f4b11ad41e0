import { crmTasks } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { requireCrmTarget } from "./resolve-target";
import type { TaskInput } from "./schemas";

export async function createTask({ ctx, input }: { ctx: Ctx; input: TaskInput }) {
  const target = await requireCrmTarget(ctx, input);
  const [created] = await ctx.db.insert(crmTasks).values({
    companyId: ctx.companyId, accountId: target.account.id, contactId: target.contact?.id ?? null,
    title: input.title, dueDate: input.dueDate || null, createdBy: ctx.user.id, createdAt: ctx.clock.now(),
  }).returning();
  await recordAudit(ctx, { entity: "crm_task", entityId: created!.id, action: "create", companyId: ctx.companyId, after: created });
  return { id: created!.id, accountId: target.account.id, contactId: target.contact?.id ?? null };
}

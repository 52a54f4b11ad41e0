import "server-only";
import { eq } from "drizzle-orm";
import { processConfigs } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { assertCompanyAccess, type Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import { checkScheduleRules } from "./check-schedule-rules";
import { loadVisibleConfig } from "./config-access";
import { processByCode } from "./processes";
import { ALL } from "./schedule";
import { parseSaoPauloLocal } from "./sao-paulo-time";
import type { ProcessConfigInput } from "./schemas";

const MINUTE = 60_000;

/** Creates or edits a GERFP095 configuration: process and parameters, companies, schedule rules, audit. */
export async function saveProcessConfig({ ctx, input }: { ctx: Ctx; input: ProcessConfigInput }) {
  const process = processByCode(input.processCode);
  if (!process) throw invalid("processCode", "Processo desconhecido: escolha um processo da lista.");
  if (process.type !== input.processType) throw invalid("processCode", `O processo “${process.name}” é do tipo ${process.type}.`);
  const params = process.params.safeParse(input.params);
  if (!params.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of params.error.issues) (fieldErrors[["params", ...issue.path.map(String)].join(".")] ??= []).push(issue.message);
    throw new ServiceError("INVALID", `Parâmetro inválido: ${params.error.issues[0]?.message}`, fieldErrors);
  }
  const companyIds = [...new Set(input.companyIds)].sort((a, b) => a - b);
  for (const id of companyIds) assertCompanyAccess(ctx, id);

  const startAt = new Date(Math.floor(parseSaoPauloLocal(input.startAt)!.getTime() / MINUTE) * MINUTE);
  const before = input.id ? await loadVisibleConfig(ctx, input.id) : null;
  // An edit may keep a start that has passed (a daily process running for months); a new or changed start must be ahead.
  if ((!before || before.startAt.getTime() !== startAt.getTime()) && startAt.getTime() <= ctx.clock.now().getTime()) {
    throw invalid("startAt", "A data/hora de início deve ser no futuro.");
  }
  const cron = input.frequency === "cron"
    ? { cronMinute: input.cronMinute, cronHour: input.cronHour, cronDayOfMonth: input.cronDayOfMonth, cronMonth: input.cronMonth, cronDayOfWeek: input.cronDayOfWeek }
    : { cronMinute: ALL, cronHour: ALL, cronDayOfMonth: ALL, cronMonth: ALL, cronDayOfWeek: ALL };
  const values = {
    description: input.description || process.name,
    processType: process.type,
    processCode: process.code,
    companyIds,
    groupCompanies: input.groupCompanies,
    frequency: input.frequency,
    startAt,
    ...cron,
    params: params.data,
    externalAgent: input.externalAgent || null,
    active: input.active,
    updatedAt: ctx.clock.now(),
  };
  const owner = before?.companyId ?? ctx.companyId;
  if (values.active) await checkScheduleRules(ctx, { ...values, id: before?.id, companyId: owner });

  if (!before) {
    const [created] = await ctx.db.insert(processConfigs)
      .values({ ...values, companyId: owner, createdBy: ctx.user.id, createdAt: ctx.clock.now() }).returning();
    await recordAudit(ctx, { entity: "process_config", entityId: created!.id, action: "create", companyId: owner, after: created });
    return created!;
  }
  const [after] = await ctx.db.update(processConfigs).set(values).where(eq(processConfigs.id, before.id)).returning();
  await recordAudit(ctx, { entity: "process_config", entityId: before.id, action: "update", companyId: owner, before, after });
  return after!;
}

import "server-only";
import type { Ctx } from "@/lib/core/ctx";
import { companyLabels } from "./company-labels";
import { loadVisibleConfig, targetCompanyIds } from "./config-access";
import { processByCode } from "./processes";
import { describeFrequency, nextRuns } from "./schedule";

/** One configuration for its detail screen; configurations of other companies do not exist for the caller. */
export async function getProcessConfig({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const config = await loadVisibleConfig(ctx, input.id);
  const process = processByCode(config.processCode);
  return {
    config,
    process: process ? { code: process.code, name: process.name, type: process.type } : null,
    companies: companyLabels(ctx, targetCompanyIds(config)),
    frequency: describeFrequency(config),
    nextRuns: config.active ? nextRuns(config, ctx.clock.now(), 5) : [],
  };
}

import { and, arrayContained, eq, inArray, type SQL } from "drizzle-orm";
import { processConfigs, processRuns } from "@/db/schema";
import { grantedCompanyIds, type Ctx } from "@/lib/core/ctx";
import { notFound } from "@/lib/core/errors";

/** Companies a configuration runs for: its chosen companies, or its owner (the logged company when created). */
export const targetCompanyIds = (config: { companyId: number; companyIds: number[] }) =>
  config.companyIds.length ? config.companyIds : [config.companyId];

/** A configuration is visible when its owner and every target company are granted to the caller. */
export function visibleConfigs(ctx: Ctx): SQL {
  const granted = grantedCompanyIds(ctx);
  return and(inArray(processConfigs.companyId, granted), arrayContained(processConfigs.companyIds, granted))!;
}

/** A run is visible when its configuration is, and so are the companies it ran for. */
export function visibleRuns(ctx: Ctx): SQL {
  return and(visibleConfigs(ctx), arrayContained(processRuns.companyIds, grantedCompanyIds(ctx)))!;
}

/** A configuration the caller may see; others do not exist for them. */
export async function loadVisibleConfig(ctx: Ctx, id: number) {
  const [config] = await ctx.db.select().from(processConfigs).where(and(eq(processConfigs.id, id), visibleConfigs(ctx)));
  if (!config) throw notFound("Configuração de processo");
  return config;
}

import type { Ctx } from "@/lib/core/ctx";
import type { CtiCommands } from "@/lib/cti/commands";
import { changeReadiness } from "./change-readiness";

/** ReadyPass: the agent takes calls again. */
export async function ctiResume({ ctx }: { ctx: Ctx; input?: unknown }, commands: CtiCommands) {
  return changeReadiness(ctx, commands, "ready");
}

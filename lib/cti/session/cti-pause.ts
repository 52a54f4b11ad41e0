import type { Ctx } from "@/lib/core/ctx";
import type { CtiCommands } from "@/lib/cti/commands";
import { changeReadiness } from "./change-readiness";

/** NotReadyPass: the PBX stops routing calls to the agent. */
export async function ctiPause({ ctx }: { ctx: Ctx; input?: unknown }, commands: CtiCommands) {
  return changeReadiness(ctx, commands, "paused");
}

import type { z } from "zod";
import { defineAction } from "@/lib/core/action";
import type { Ctx } from "@/lib/core/ctx";
import type { CtiCommands } from "@/lib/cti/commands";
import { ctiCommands } from "@/lib/cti/commands-for";
import { ctiDial } from "@/lib/cti/session/cti-dial";
import { ctiLogin } from "@/lib/cti/session/cti-login";
import { ctiLogout } from "@/lib/cti/session/cti-logout";
import { ctiPause } from "@/lib/cti/session/cti-pause";
import { ctiResume } from "@/lib/cti/session/cti-resume";
import { ctiDialSchema, ctiEmptySchema, ctiLoginSchema, ctiLogoutSchema } from "@/lib/cti/session/schemas";

/** An operator's own CTI session action: the PBX at the configured address, called outside any transaction. */
function pbxAction<S extends z.ZodType, O>(input: S, service: (args: { ctx: Ctx; input: z.output<S> }, commands: CtiCommands) => Promise<O>) {
  return defineAction({
    role: "operator", input, transaction: false,
    service: async (args) => service(args, await ctiCommands(args.ctx.db)),
  });
}

/** Actions of the CTI client session (login, logout, takeover, pause, dial). */
export const ctiSessionActions = {
  "cti.login": pbxAction(ctiLoginSchema, ctiLogin),
  "cti.logout": pbxAction(ctiLogoutSchema, ctiLogout),
  "cti.pause": pbxAction(ctiEmptySchema, ctiPause),
  "cti.resume": pbxAction(ctiEmptySchema, ctiResume),
  "cti.dial": pbxAction(ctiDialSchema, ctiDial),
};

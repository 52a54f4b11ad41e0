import { defineAction } from "@/lib/core/action";
import { ctiCommands } from "@/lib/cti/commands-for";
import { ctiDial } from "@/lib/cti/session/cti-dial";
import { ctiLogin } from "@/lib/cti/session/cti-login";
import { ctiLogout } from "@/lib/cti/session/cti-logout";
import { ctiPause } from "@/lib/cti/session/cti-pause";
import { ctiResume } from "@/lib/cti/session/cti-resume";
import { ctiDialSchema, ctiEmptySchema, ctiLoginSchema, ctiLogoutSchema } from "@/lib/cti/session/schemas";

/** Actions of the CTI client session (login, logout, takeover, pause, dial): the PBX is called outside any transaction. */
export const ctiSessionActions = {
  "cti.login": defineAction({
    role: "operator", input: ctiLoginSchema, transaction: false,
    service: async (args) => ctiLogin(args, await ctiCommands(args.ctx.db)),
  }),
  "cti.logout": defineAction({
    role: "operator", input: ctiLogoutSchema, transaction: false,
    service: async (args) => ctiLogout(args, await ctiCommands(args.ctx.db)),
  }),
  "cti.pause": defineAction({
    role: "operator", input: ctiEmptySchema, transaction: false,
    service: async (args) => ctiPause(args, await ctiCommands(args.ctx.db)),
  }),
  "cti.resume": defineAction({
    role: "operator", input: ctiEmptySchema, transaction: false,
    service: async (args) => ctiResume(args, await ctiCommands(args.ctx.db)),
  }),
  "cti.dial": defineAction({
    role: "operator", input: ctiDialSchema, transaction: false,
    service: async (args) => ctiDial(args, await ctiCommands(args.ctx.db)),
  }),
};

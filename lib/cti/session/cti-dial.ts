import type { Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import { normalizePhone } from "@/lib/br/phone";
import type { CtiCommands } from "@/lib/cti/commands";
import { liveSessionOfUser } from "./live-session";
import type { CtiDialInput } from "./schemas";
import { stepError } from "./steps";

/** MakeCall: the user's extension rings and, once picked up, the PBX dials the number (E.164 digits, no "+"). */
export async function ctiDial({ ctx, input }: { ctx: Ctx; input: CtiDialInput }, commands: CtiCommands) {
  const session = await liveSessionOfUser(ctx.db, ctx.user.id);
  if (!session || (session.status !== "ready" && session.status !== "paused")) {
    throw new ServiceError("CONFLICT", "Faça login no CTI para discar.");
  }
  const phone = normalizePhone(input.number);
  if (!phone.ok) throw invalid("number", phone.message);
  const number = phone.e164.slice(1);
  const result = await commands.makeCall({ device: session.extension, number });
  if (!result.ok) throw stepError("Não foi possível discar", result);
  return { extension: session.extension, number: phone.e164 };
}

import { normalizePhone } from "@/lib/br/phone";
import { metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { customerWrites } from "@/lib/providers/meta/simulator-control";
import type { Ctx } from "@/lib/core/ctx";
import { ensureSandbox } from "../ensure-sandbox";
import { restoreMetaSandboxApps } from "./restore-meta-apps";
import type { MetaSandboxCustomerMessageInput } from "./schemas";
import { throwSimulatorRefusal } from "./simulator-refusal";

/** "Mensagem do cliente": the customer writes to the business number; the app gets the inbound webhook and the 24 h window opens. */
export async function sendMetaSandboxCustomerMessage({ ctx, input }: { ctx?: Pick<Ctx, "db">; input: MetaSandboxCustomerMessageInput }) {
  ensureSandbox();
  if (ctx) await restoreMetaSandboxApps(ctx.db);
  const phone = normalizePhone(input.phone);
  const result = customerWrites(metaSandboxState(), {
    phone: phone.ok ? phone.e164 : input.phone, text: input.text, name: input.name || undefined, wabaId: input.wabaId || undefined,
  });
  if (!result.ok) throwSimulatorRefusal(result);
  return result.value;
}

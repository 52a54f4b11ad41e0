import { formatAssociatedData } from "@/lib/cti/associated-data";
import { ensureSandbox } from "@/lib/sandbox/ensure-sandbox";
import { ringPbx } from "./controls";
import { sandboxCallResult } from "./sandbox-call-result";
import { pbxSandboxState } from "./sandbox-state";
import type { PbxRingInput } from "./sandbox-schemas";

/** "Tocar ramal": an inbound call from `from` with the associated data a dialing list would carry. */
export async function ringSandboxExtension({ input }: { input: PbxRingInput }) {
  ensureSandbox();
  const associatedData = formatAssociatedData({ crm: input.crm, erp: input.erp, doc: input.doc, nome: input.nome });
  return sandboxCallResult(ringPbx(pbxSandboxState(), { extension: input.extension, from: input.from.replace(/\D/g, ""), associatedData }));
}

import { ensureSandbox } from "@/lib/sandbox/ensure-sandbox";
import { hangUpPbx } from "./controls";
import { sandboxCallResult } from "./sandbox-call-result";
import { pbxSandboxState } from "./sandbox-state";
import type { PbxCallInput } from "./sandbox-schemas";

export async function hangUpSandboxCall({ input }: { input: PbxCallInput }) {
  ensureSandbox();
  return sandboxCallResult(hangUpPbx(pbxSandboxState(), input.callId));
}

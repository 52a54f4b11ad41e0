import { ensureSandbox } from "@/lib/sandbox/ensure-sandbox";
import { answerPbx } from "./controls";
import { sandboxCallResult } from "./sandbox-call-result";
import { pbxSandboxState } from "./sandbox-state";
import type { PbxCallInput } from "./sandbox-schemas";

export async function answerSandboxCall({ input }: { input: PbxCallInput }) {
  ensureSandbox();
  return sandboxCallResult(answerPbx(pbxSandboxState(), input.callId));
}

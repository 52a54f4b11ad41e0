import { ensureSandbox } from "@/lib/sandbox/ensure-sandbox";
import { pbxSandboxState } from "./sandbox-state";
import { resetPbxState } from "./state";

/** Empties the simulated PBX: devices, agents, calls, failures and the delivery log. */
export async function resetSandboxPbx() {
  ensureSandbox();
  resetPbxState(pbxSandboxState());
  return { reset: true };
}

import { ensureSandbox } from "@/lib/sandbox/ensure-sandbox";
import { pbxSandboxState } from "./sandbox-state";
import { PBX_COMMANDS, type PbxFailuresInput } from "./sandbox-schemas";

/** What the sandbox page shows: devices, calls (newest first), injected failures as the form edits them, deliveries. */
export async function getPbxOverview() {
  ensureSandbox();
  const state = pbxSandboxState();
  const devices = [...state.devices.values()].sort((a, b) => a.extension.localeCompare(b.extension));
  const calls = [...state.calls.values()].sort((a, b) => Number(b.callId) - Number(a.callId)).slice(0, 50);
  const failures = Object.fromEntries(PBX_COMMANDS.map((c) => [c, state.failures.has(c) ? String(state.failures.get(c)) : ""])) as PbxFailuresInput;
  return { devices, calls, failures, deliveries: state.deliveries.slice(0, 20) };
}

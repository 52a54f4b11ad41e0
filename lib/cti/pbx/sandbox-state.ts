import { createPbxState, type PbxState } from "./state";

const holder = globalThis as typeof globalThis & { __recadoPbxSandbox?: PbxState };

/** The simulated PBX behind /api/sandbox/smartcti: one per process, shared by the route, the sandbox page and hot reloads. */
export function pbxSandboxState(): PbxState {
  holder.__recadoPbxSandbox ??= createPbxState();
  return holder.__recadoPbxSandbox;
}

export const PBX_SANDBOX_COMMAND_PATH = "/api/sandbox/smartcti/SmartCTIWSCommand";

import { createPlugSimulatorState, type PlugSimulatorState } from "./simulator";

const holder = globalThis as typeof globalThis & { __recadoPlugSandbox?: PlugSimulatorState };

/** The simulator behind /api/sandbox/plugmessage: one per process, shared by the route, the pages and hot reloads. */
export function plugSandboxState(): PlugSimulatorState {
  holder.__recadoPlugSandbox ??= createPlugSimulatorState();
  return holder.__recadoPlugSandbox;
}

export const PLUG_SANDBOX_BASE_PATH = "/api/sandbox/plugmessage";

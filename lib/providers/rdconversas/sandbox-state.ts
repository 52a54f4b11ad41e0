import { createRdSimulatorState, type RdSimulatorState } from "./simulator";

const holder = globalThis as typeof globalThis & { __recadoRdSandbox?: RdSimulatorState };

/** The simulator behind /api/sandbox/rdconversas: one per process, shared by the route, the pages and hot reloads. */
export function rdSandboxState(): RdSimulatorState {
  holder.__recadoRdSandbox ??= createRdSimulatorState();
  return holder.__recadoRdSandbox;
}

export const RD_SANDBOX_BASE_PATH = "/api/sandbox/rdconversas";

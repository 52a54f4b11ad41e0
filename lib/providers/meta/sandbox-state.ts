import { createMetaSimulatorState, type MetaSimulatorState } from "./simulator";

const holder = globalThis as typeof globalThis & { __recadoMetaSandbox?: MetaSimulatorState };

/** The simulator behind /api/sandbox/meta: one per process, shared by the route, the pages and hot reloads. */
export function metaSandboxState(): MetaSimulatorState {
  holder.__recadoMetaSandbox ??= createMetaSimulatorState();
  return holder.__recadoMetaSandbox;
}

export const META_SANDBOX_BASE_PATH = "/api/sandbox/meta";

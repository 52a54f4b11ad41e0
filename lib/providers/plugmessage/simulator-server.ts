import { startLoopbackServer } from "../loopback-server";
import { answerPlug, createPlugSimulatorState, type PlugSimulatorState } from "./simulator";

/** The PlugMessage simulator on a loopback port (a free one unless given), for tests and the jobs sidecar. */
export async function startPlugSimulatorServer(options: { port?: number; state?: PlugSimulatorState } = {}) {
  const state = options.state ?? createPlugSimulatorState();
  const server = await startLoopbackServer((call) => answerPlug(state, call), { port: options.port });
  return { baseUrl: server.root, state, close: server.close };
}

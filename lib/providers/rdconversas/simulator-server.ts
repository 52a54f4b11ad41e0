import { startLoopbackServer } from "../loopback-server";
import { answerRd, createRdSimulatorState, type RdSimulatorState } from "./simulator";

/** The simulator on a loopback port (a free one unless given), for tests, benchmarks and the jobs sidecar. */
export async function startRdSimulatorServer(options: { port?: number; state?: RdSimulatorState } = {}) {
  const state = options.state ?? createRdSimulatorState();
  const server = await startLoopbackServer((call) => answerRd(state, call), { port: options.port });
  return { baseUrl: server.root, state, close: server.close };
}

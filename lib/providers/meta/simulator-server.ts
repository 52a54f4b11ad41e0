import { startLoopbackServer } from "../loopback-server";
import { META_GRAPH_VERSION } from "./base-url";
import { answerMeta, createMetaSimulatorState, type MetaSimulatorState } from "./simulator";

/** The simulator on a loopback port (a free one unless given), for tests and the jobs sidecar. `baseUrl` includes the Graph version. */
export async function startMetaSimulatorServer(options: { port?: number; state?: MetaSimulatorState } = {}) {
  const state = options.state ?? createMetaSimulatorState();
  const server = await startLoopbackServer((call) => answerMeta(state, call), { port: options.port });
  return { root: server.root, baseUrl: `${server.root}/${META_GRAPH_VERSION}`, state, close: server.close };
}

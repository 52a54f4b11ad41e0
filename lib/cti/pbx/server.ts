import { startLoopbackServer } from "@/lib/providers/loopback-server";
import { answerPbxSoap } from "./commands";
import { pbxIdle } from "./deliver";
import { createPbxState, type PbxState } from "./state";

/** The simulated PBX on a loopback port (a free one unless given), for tests and benchmarks; commands at any path. */
export async function startPbxServer(options: { port?: number; state?: PbxState } = {}) {
  const state = options.state ?? createPbxState();
  const server = await startLoopbackServer(
    async (call) => (call.method === "POST" ? answerPbxSoap(state, await call.text()) : { status: 405, body: "" }),
    { port: options.port, contentType: "text/xml; charset=utf-8" },
  );
  return {
    url: `${server.root}/axis2/services/SmartCTIWSCommand`,
    state,
    close: async () => {
      for (const timer of state.timers) clearTimeout(timer);
      await pbxIdle(state);
      await server.close();
    },
  };
}

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { answerPbxSoap } from "./commands";
import { pbxIdle } from "./deliver";
import { createPbxState, type PbxState } from "./state";

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The simulated PBX on a loopback port (a free one unless given), for tests and benchmarks; commands at any path. */
export async function startPbxServer(options: { port?: number; state?: PbxState } = {}) {
  const state = options.state ?? createPbxState();
  const server = createServer((req, res) => {
    void readText(req).then((text) => {
      const answer = req.method === "POST" ? answerPbxSoap(state, text) : { status: 405, body: "" };
      res.writeHead(answer.status, { "content-type": "text/xml; charset=utf-8" });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/axis2/services/SmartCTIWSCommand`;
  return {
    url,
    state,
    close: async () => {
      for (const timer of state.timers) clearTimeout(timer);
      await pbxIdle(state);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { answerPlug, createPlugSimulatorState, type PlugSimulatorState } from "./simulator";

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The PlugMessage simulator on a loopback port (a free one unless given), for tests and the jobs sidecar. */
export async function startPlugSimulatorServer(options: { port?: number; state?: PlugSimulatorState } = {}) {
  const state = options.state ?? createPlugSimulatorState();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    void answerPlug(state, {
      method: req.method ?? "GET", path: url.pathname, query: url.searchParams, authorization: req.headers.authorization ?? null,
      text: () => readText(req),
    }).then((answer) => {
      if (res.destroyed) return;
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

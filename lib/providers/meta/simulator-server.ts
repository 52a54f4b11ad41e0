import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { answerMeta, createMetaSimulatorState, type MetaSimulatorState } from "./simulator";
import { META_GRAPH_VERSION } from "./base-url";

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The simulator on a loopback port (a free one unless given), for tests and the jobs sidecar. `baseUrl` includes the Graph version. */
export async function startMetaSimulatorServer(options: { port?: number; state?: MetaSimulatorState } = {}) {
  const state = options.state ?? createMetaSimulatorState();
  const server = createServer((req, res) => {
    const controller = new AbortController();
    // A client that gives up (timeout) releases a held request instead of leaving it pending.
    res.on("close", () => { if (!res.writableFinished) controller.abort(); });
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    void answerMeta(state, {
      method: req.method ?? "GET", path: url.pathname, query: url.searchParams, authorization: req.headers.authorization ?? null,
      text: () => readText(req), signal: controller.signal,
    }).then((answer) => {
      if (res.destroyed) return;
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    root,
    baseUrl: `${root}/${META_GRAPH_VERSION}`,
    state,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { answerRd, createRdSimulatorState, type RdSimulatorState } from "./simulator";

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The simulator on a loopback port (a free one unless given), for tests, benchmarks and the jobs sidecar. */
export async function startRdSimulatorServer(options: { port?: number; state?: RdSimulatorState } = {}) {
  const state = options.state ?? createRdSimulatorState();
  const server = createServer((req, res) => {
    const controller = new AbortController();
    // A client that gives up (timeout) releases a held request instead of leaving it pending.
    res.on("close", () => { if (!res.writableFinished) controller.abort(); });
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const authorization = req.headers.authorization ?? null;
    void answerRd(state, {
      method: req.method ?? "GET", path: url.pathname, query: url.searchParams, authorization, text: () => readText(req), signal: controller.signal,
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
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    state,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

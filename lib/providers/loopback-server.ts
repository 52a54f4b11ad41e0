import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** One HTTP request as the simulators read it (no Web Streams: on loopback they cost more than the work). */
export type LoopbackCall = {
  method: string; path: string; query: URLSearchParams; authorization: string | null; text: () => Promise<string>; signal: AbortSignal;
};
/** A JSON body, or with `contentType` a text body sent as is (the SOAP PBX). */
export type LoopbackAnswer = { status: number; body: unknown; headers?: Record<string, string> };

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A simulator on a loopback port (a free one unless given), for tests, benchmarks and the jobs sidecar. A client that
 * gives up (timeout) aborts the call's signal, so a held request is released instead of left pending.
 */
export async function startLoopbackServer(
  answer: (call: LoopbackCall) => Promise<LoopbackAnswer>, options: { port?: number; contentType?: string } = {},
): Promise<{ root: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const controller = new AbortController();
    res.on("close", () => { if (!res.writableFinished) controller.abort(); });
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    void answer({
      method: req.method ?? "GET", path: url.pathname, query: url.searchParams, authorization: req.headers.authorization ?? null,
      text: () => readText(req), signal: controller.signal,
    }).then((reply) => {
      if (res.destroyed) return;
      const text = options.contentType ? String(reply.body) : JSON.stringify(reply.body);
      res.writeHead(reply.status, { "content-type": options.contentType ?? "application/json", ...reply.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  return {
    root: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

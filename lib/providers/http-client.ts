import http from "node:http";
import https from "node:https";

/**
 * A small JSON client on node:http with one keep-alive Agent per origin: global fetch (undici) costs ~2.5x the CPU
 * per call, which capped outbox dispatch throughput.
 */
export type HttpRequest = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
};

export type HttpResponse = { status: number; headers: Record<string, string>; body: unknown };

/** No full answer within timeoutMs; the request may have reached the server. Named like fetch's AbortSignal.timeout error. */
export class HttpTimeoutError extends Error {
  override readonly name = "TimeoutError";
  constructor(url: string, timeoutMs: number) {
    super(`No answer from ${url} within ${timeoutMs} ms`);
  }
}

/** A socket-level failure carrying Node's error code (ECONNREFUSED, ENOTFOUND, ECONNRESET...) and the original error. */
export class HttpNetworkError extends Error {
  override readonly name = "HttpNetworkError";
  readonly code: string | undefined;
  constructor(cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.code = typeof code === "string" ? code : undefined;
  }
}

const agents = new Map<string, http.Agent>();

function agentFor(url: URL): http.Agent {
  let agent = agents.get(url.origin);
  if (!agent) {
    const options = { keepAlive: true, maxSockets: 64 };
    agent = url.protocol === "https:" ? new https.Agent(options) : new http.Agent(options);
    agents.set(url.origin, agent);
  }
  return agent;
}

function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** Resolves with any HTTP status; rejects only with HttpTimeoutError or HttpNetworkError. */
export function request({ method, url, headers = {}, body, timeoutMs }: HttpRequest): Promise<HttpResponse> {
  const target = new URL(url);
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const requestHeaders: Record<string, string | number> = { ...headers };
  if (payload) {
    requestHeaders["Content-Type"] ??= "application/json";
    requestHeaders["Content-Length"] = payload.length;
  }
  const transport = target.protocol === "https:" ? https : http;

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };
    const req = transport.request(target, { method, headers: requestHeaders, agent: agentFor(target) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (error) => fail(new HttpNetworkError(error)));
      res.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: flattenHeaders(res.headers), body: parseBody(text) });
      });
    });
    // The deadline covers connect, send and the whole body, like fetch with AbortSignal.timeout.
    const timer = setTimeout(() => fail(new HttpTimeoutError(url, timeoutMs)), timeoutMs);
    req.on("error", (error) => fail(new HttpNetworkError(error)));
    req.end(payload);
  });
}

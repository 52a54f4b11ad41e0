/** One HTTP call as the simulator needs it, transport-free (the Next route and the loopback server both feed it). */
export type MetaCall = {
  method: string; path: string; query: URLSearchParams; authorization: string | null; text: () => Promise<string>; signal: AbortSignal;
};
export type MetaAnswer = { status: number; body: unknown; headers?: Record<string, string> };

export const metaJson = (status: number, body: unknown, headers?: Record<string, string>): MetaAnswer => ({ status, body, headers });

export async function readJsonBody(call: MetaCall): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await call.text());
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Waits, or stops early when the client goes away (its request signal aborts). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); signal.removeEventListener("abort", done); resolve(); };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

import { answerMetaControl } from "./simulator-control";
import { answerGraph } from "./simulator-graph";
import { metaJson, type MetaAnswer, type MetaCall } from "./simulator-http";
import type { MetaSimulatorState } from "./simulator-state";

export { createMetaSimulatorState, type MetaSimulatorState } from "./simulator-state";
export type { MetaAnswer, MetaCall } from "./simulator-http";

/**
 * The Meta WhatsApp Cloud API simulator over Web Fetch Request/Response (the Next route handler mounts it): the Graph
 * endpoints under /vNN.N and its control API under /_sandbox, which is never subject to faults.
 */
export async function handleMetaRequest(state: MetaSimulatorState, request: Request, options: { basePath?: string } = {}): Promise<Response> {
  const url = new URL(request.url);
  const base = options.basePath ?? "";
  const path = base && url.pathname.startsWith(base) ? url.pathname.slice(base.length) || "/" : url.pathname;
  const answer = await answerMeta(state, {
    method: request.method, path, query: url.searchParams, authorization: request.headers.get("authorization"),
    text: () => request.text(), signal: request.signal,
  });
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "content-type": "application/json", ...answer.headers } });
}

/** The simulator's logic, transport-free. */
export async function answerMeta(state: MetaSimulatorState, call: MetaCall): Promise<MetaAnswer> {
  try {
    if (call.path.startsWith("/_sandbox/")) return await answerMetaControl(state, call, call.path.slice("/_sandbox/".length));
    return await answerGraph(state, call);
  } catch (error) {
    return metaJson(500, { error: { message: `Simulator error: ${error instanceof Error ? error.message : String(error)}`, type: "OAuthException", code: 1, fbtrace_id: "sim" } });
  }
}

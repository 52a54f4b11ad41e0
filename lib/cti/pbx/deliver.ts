import { buildSoapCall, parseSoapMessage } from "@/lib/cti/soap/envelope";
import { EVENT_OPERATIONS, type EventOperation, type EventParams } from "@/lib/cti/soap/operations";
import type { PbxState } from "./state";

const DELIVERY_TIMEOUT_MS = 5000;
const KEPT_DELIVERIES = 100;

async function post(url: string, operation: EventOperation, params: Record<string, string>): Promise<{ ok: boolean; detail: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "text/xml; charset=utf-8", soapaction: `"urn:${operation}"` },
      body: buildSoapCall(operation, EVENT_OPERATIONS[operation], params),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    const answer = parseSoapMessage(await response.text());
    if (answer.kind === "fault") return { ok: false, detail: `SOAP Fault: ${answer.faultstring}` };
    return { ok: response.ok, detail: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Calls SmartCTIWSEventing on the device's callback URL. Events of one extension are chained so they arrive in order;
 * the command that caused them does not wait (the real PBX answers the command first).
 */
export function emitPbxEvent<E extends EventOperation>(state: PbxState, extension: string, operation: E, params: EventParams<E>): Promise<void> {
  const url = state.devices.get(extension)?.callbackUrl;
  if (!url) return Promise.resolve();
  const previous = state.queues.get(extension) ?? Promise.resolve();
  const next = previous.then(async () => {
    const result = await post(url, operation, params);
    state.deliveries.unshift({ at: new Date(), extension, operation, url, ...result });
    state.deliveries.length = Math.min(state.deliveries.length, KEPT_DELIVERIES);
  });
  state.queues.set(extension, next);
  return next;
}

/** Resolves once every event emitted so far has been delivered (or has failed): for tests and shutdown. */
export async function pbxIdle(state: PbxState): Promise<void> {
  await Promise.all(state.queues.values());
}

import { request } from "@/lib/providers/http-client";
import type { ProviderFailure } from "@/lib/providers/types";
import { classifyMeta } from "./classify";

/** What the Graph API needs to act for one WhatsApp Business account: token, WABA and phone number ids (secrets decrypted). */
export type MetaConnection = { baseUrl: string; token: string; wabaId: string; phoneNumberId: string; timeoutMs?: number };

export type GraphAnswer = { ok: true; status: number; body: unknown } | ProviderFailure;

/** One Graph call; never throws: every failure comes back classified. */
export async function graphCall(
  connection: MetaConnection, method: "GET" | "POST" | "DELETE", path: string, options: { query?: Record<string, string>; body?: unknown } = {},
): Promise<GraphAnswer> {
  if (!connection.token) return { ok: false, code: "missing_token", retryable: false, message: "A API oficial do WhatsApp não tem token configurado" };
  const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : "";
  const url = `${connection.baseUrl.replace(/\/+$/, "")}${path}${query}`;
  try {
    const response = await request({
      method, url, timeoutMs: connection.timeoutMs ?? 10_000, body: options.body,
      headers: { Authorization: `Bearer ${connection.token}`, Accept: "application/json" },
    });
    const failure = classifyMeta({ kind: "response", status: response.status, body: response.body, retryAfter: response.headers["retry-after"], now: new Date() });
    return failure ?? { ok: true, status: response.status, body: response.body };
  } catch (error) {
    return classifyMeta({ kind: "error", error })!;
  }
}

/** Ids go into paths: refuse anything but Graph's numeric ids so a typo cannot reach another endpoint. */
export function graphId(value: string, label: string): { ok: true; id: string } | ProviderFailure {
  const id = value.trim();
  if (/^\d{1,30}$/.test(id)) return { ok: true, id };
  return { ok: false, code: "invalid_id", retryable: false, message: `${label} inválido: use só os números do identificador da Meta` };
}

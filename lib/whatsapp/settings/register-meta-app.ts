import { request } from "@/lib/providers/http-client";
import { metaSimulatorRoot } from "@/lib/providers/meta/base-url";

export type MetaAppRegistration = {
  wabaId: string; phoneNumberId: string; token: string; appSecret: string; verifyToken: string; callbackUrl: string;
};

/** The simulator refuses with `{ errors: { field: [message] } }`; other shapes carry `error` or `message`. */
function reasonOf(body: unknown, status: number): string {
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const errors = record.errors && typeof record.errors === "object" ? Object.values(record.errors as Record<string, unknown>).flat() : [];
  const text = [...errors, record.error, record.message].find((v) => typeof v === "string" && v);
  return typeof text === "string" ? text : `HTTP ${status}`;
}

/**
 * Registers the app at the Meta simulator, which then verifies our webhook (GET with the verify token) before accepting:
 * so it runs after the save committed. Null when registered, else the reason.
 */
export async function registerMetaApp(baseUrl: string, app: MetaAppRegistration): Promise<string | null> {
  try {
    const response = await request({ method: "POST", url: `${metaSimulatorRoot(baseUrl)}/_sandbox/apps`, body: app, timeoutMs: 15_000 });
    return response.status >= 200 && response.status < 300 ? null : reasonOf(response.body, response.status);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `simulador inacessível (${code})` : error instanceof Error ? error.message : String(error);
  }
}

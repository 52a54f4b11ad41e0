import { request } from "@/lib/providers/http-client";
import { metaSimulatorRoot } from "./base-url";

export type MetaSimulatorAppRegistration = {
  wabaId: string; phoneNumberId: string; displayPhoneNumber?: string; token: string; appSecret: string; verifyToken: string; callbackUrl: string;
};

/**
 * What Meta's app dashboard does by hand, for the simulator: registers the account's app so its token works and its
 * webhooks go to `callbackUrl` (after the hub.challenge verification, so the verify token must already be saved).
 * Over HTTP, so it works wherever META_GRAPH_URL points. Never throws.
 */
export async function registerMetaSimulatorApp(baseUrl: string, app: MetaSimulatorAppRegistration): Promise<{ ok: true } | { ok: false; field: string; message: string }> {
  try {
    const response = await request({ method: "POST", url: `${metaSimulatorRoot(baseUrl.replace(/\/+$/, ""))}/_sandbox/apps`, body: app, timeoutMs: 15_000 });
    if (response.status === 200) return { ok: true };
    const errors = (response.body as { errors?: Record<string, string[]> } | null)?.errors ?? {};
    const [field, messages] = Object.entries(errors)[0] ?? ["root", [`O simulador da Meta recusou o registro (HTTP ${response.status}).`]];
    return { ok: false, field, message: messages[0] ?? "O simulador da Meta recusou o registro." };
  } catch (error) {
    return { ok: false, field: "root", message: `Não foi possível falar com o simulador da Meta: ${error instanceof Error ? error.message : String(error)}` };
  }
}

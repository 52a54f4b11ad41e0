import "server-only";
import { sandboxEnabled } from "@/lib/core/env";
import type { Ctx } from "@/lib/core/ctx";
import { forbidden, invalid, ServiceError } from "@/lib/core/errors";
import { request } from "@/lib/providers/http-client";
import { isPlugSimulator } from "@/lib/providers/plugmessage/base-url";
import { whatsappAccountFor } from "@/lib/whatsapp/account/whatsapp-account-for";
import { providerAccountById } from "./provider-account";
import { refreshPlugMessageStatus } from "./refresh-plugmessage-status";
import type { PlugScanInput } from "./schemas";

/** Sandbox only: the simulated phone reads the QR code shown on the page, then the status is read as the page would. */
export async function simulatePlugScan({ ctx, input }: { ctx: Ctx; input: PlugScanInput }) {
  if (!sandboxEnabled()) throw forbidden("A simulação só existe no ambiente de sandbox.");
  const account = await whatsappAccountFor(ctx.db, ctx.companyId);
  const row = await providerAccountById(ctx.db, account.unofficialAccountId);
  if (!row || !account.plugSessionId || account.plugConnectedAt) {
    throw invalid("root", "Clique em \"Conectar-se ao PlugMessage\" para gerar um QR code antes de simular a leitura.");
  }
  if (!isPlugSimulator(row.baseUrl)) throw invalid("root", "A conta usa o PlugMessage real: leia o QR code com o celular.");
  const url = `${row.baseUrl}/_sandbox/sessions/${encodeURIComponent(account.plugSessionId)}/scan`;
  try {
    const answer = await request({ method: "POST", url, body: input.phone ? { phone: input.phone } : {}, timeoutMs: 5_000 });
    if (answer.status >= 300) {
      const error = (answer.body as { error?: unknown } | null)?.error;
      throw new ServiceError("PROVIDER_REJECTED", `O simulador recusou a leitura: ${String(error ?? `HTTP ${answer.status}`)}`);
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ServiceError("PROVIDER_UNAVAILABLE", `Simulador do PlugMessage inacessível: ${error instanceof Error ? error.message : String(error)}`);
  }
  return refreshPlugMessageStatus({ ctx });
}

import type { WhatsappAccount } from "@/lib/whatsapp/account/whatsapp-account-for";
import { plugSessionState, type PlugSessionState } from "./plug-session-state";
import { qrSvg } from "./qr-svg";

/** What the PlugMessage card shows and polls: the session state and, while waiting for the read, the QR code as SVG. */
export type PlugStatusView = {
  state: PlugSessionState["state"];
  message: string;
  /** ISO instant, when connected at least once. */
  expiresAt: string | null;
  qrSvg: string | null;
};

export async function plugStatusView(account: WhatsappAccount, now: Date, qr: string | null = null): Promise<PlugStatusView> {
  const session = plugSessionState(account, now);
  return {
    state: session.state,
    message: session.message,
    expiresAt: "expiresAt" in session ? session.expiresAt.toISOString() : null,
    qrSvg: session.state === "waiting_qr" && qr ? await qrSvg(qr) : null,
  };
}

import type { WhatsappAccount } from "@/lib/whatsapp/account/whatsapp-account-for";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The warning shows from this many days before the session expires. */
export const PLUG_WARNING_DAYS = 3;

export type PlugSessionState =
  | { state: "never"; message: string }
  | { state: "waiting_qr"; message: string }
  | { state: "connected"; message: string; expiresAt: Date }
  | { state: "expiring"; message: string; expiresAt: Date; daysLeft: number }
  | { state: "expired"; message: string; expiresAt: Date };

type SessionColumns = Pick<WhatsappAccount, "plugSessionId" | "plugConnectedAt" | "plugExpiresAt">;

/** Where the PlugMessage session stands at `now`: never connected, waiting for the QR read, connected, about to expire, or expired. */
export function plugSessionState(account: SessionColumns, now: Date): PlugSessionState {
  const { plugSessionId, plugConnectedAt, plugExpiresAt } = account;
  if (!plugConnectedAt || !plugExpiresAt) {
    return plugSessionId
      ? { state: "waiting_qr", message: "Aguardando a leitura do QR code pelo celular." }
      : { state: "never", message: "O PlugMessage ainda não foi conectado." };
  }
  const left = plugExpiresAt.getTime() - now.getTime();
  if (left <= 0) {
    return { state: "expired", expiresAt: plugExpiresAt, message: "Desconectado: a sessão do PlugMessage expirou. Conecte-se novamente lendo o QR code." };
  }
  if (left <= PLUG_WARNING_DAYS * DAY_MS) {
    const daysLeft = Math.ceil(left / DAY_MS);
    return {
      state: "expiring", expiresAt: plugExpiresAt, daysLeft,
      message: `A sessão expira em ${daysLeft} ${daysLeft === 1 ? "dia" : "dias"}: leia o QR code novamente`,
    };
  }
  return { state: "connected", expiresAt: plugExpiresAt, message: "Conectado ao PlugMessage." };
}

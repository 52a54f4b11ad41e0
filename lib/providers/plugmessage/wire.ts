/**
 * The PlugMessage wire mapping (unofficial WhatsApp). Its contract is not public (PROVIDERS.md), so this is our model,
 * kept in one place to be corrected against a real account:
 * - `POST /sessions` → `{ id, status: "qr", qr, qrExpiresAt }`: a session waiting for a phone to read the QR code;
 * - `GET /sessions/{id}` → `{ id, status, phone?, connectedAt?, expiresAt? }` (and the current `qr` while waiting);
 * - `DELETE /sessions/{id}` disconnects;
 * - `POST /sessions/{id}/messages { to, text }` → `{ id }`; 409 `{ error: "session_not_connected" }` unless connected.
 * A session is valid for 15 days from the QR read.
 */
export const PLUG_PATHS = {
  sessions: "/sessions",
  session: (id: string) => `/sessions/${encodeURIComponent(id)}`,
  messages: (id: string) => `/sessions/${encodeURIComponent(id)}/messages`,
} as const;

export const PLUG_SESSION_DAYS = 15;
export const PLUG_SESSION_MS = PLUG_SESSION_DAYS * 24 * 60 * 60 * 1000;
export const PLUG_NOT_CONNECTED = "session_not_connected";

export const PLUG_SESSION_STATUSES = ["qr", "connected", "expired", "disconnected"] as const;
export type PlugSessionStatus = (typeof PLUG_SESSION_STATUSES)[number];

export type PlugSession = {
  id: string;
  status: PlugSessionStatus;
  qr: string | null;
  qrExpiresAt: Date | null;
  phone: string | null;
  connectedAt: Date | null;
  expiresAt: Date | null;
};

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asString = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

function asDate(value: unknown): Date | null {
  const text = asString(value);
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A session answer, or null when the body has no id or an unknown status. */
export function readSession(body: unknown): PlugSession | null {
  const record = asRecord(body);
  const id = asString(record.id);
  const status = asString(record.status) as PlugSessionStatus;
  if (!id || !PLUG_SESSION_STATUSES.includes(status)) return null;
  return {
    id, status,
    qr: asString(record.qr) || null,
    qrExpiresAt: asDate(record.qrExpiresAt),
    phone: asString(record.phone) || null,
    connectedAt: asDate(record.connectedAt),
    expiresAt: asDate(record.expiresAt),
  };
}

/** `{ id }` of an accepted message; "" when absent. */
export const readMessageId = (body: unknown): string => asString(asRecord(body).id);

/** `{ error }` (or `{ message }`) of a refusal; "" when absent. */
export const readError = (body: unknown): string => asString(asRecord(body).error) || asString(asRecord(body).message);

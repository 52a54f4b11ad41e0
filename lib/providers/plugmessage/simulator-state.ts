import { randomBytes } from "node:crypto";
import { simulatorPhone } from "@/lib/providers/rdconversas/simulator-state";
import { PLUG_SESSION_MS, type PlugSessionStatus } from "./wire";

/** The number a simulated phone connects with when the scan control names none. */
export const PLUG_SANDBOX_PHONE = "+5511999990100";
/** A QR code is good for this long; a waiting session shows a fresh one afterwards, as WhatsApp does. */
export const PLUG_QR_TTL_MS = 60_000;

export type PlugSimSession = {
  id: string;
  token: string;
  status: PlugSessionStatus;
  qr: string;
  qrExpiresAt: Date;
  phone: string | null;
  connectedAt: Date | null;
  expiresAt: Date | null;
};

export type PlugInboxMessage = { id: string; phone: string; text: string; at: Date };

export type PlugSimulatorState = ReturnType<typeof createPlugSimulatorState>;

/** The simulator's memory and rules. Its time is `now()` shifted by `clockOffsetMs`, so "14 days later" is testable. */
export function createPlugSimulatorState(options: { now?: () => Date } = {}) {
  const baseNow = options.now ?? (() => new Date());
  const salt = randomBytes(4).toString("hex");
  let counter = 0;
  const newId = (prefix: string) => `${prefix}_${salt}${(++counter).toString(36).padStart(5, "0")}`;
  const qrPayload = (sessionId: string) => `plugmessage://connect/${sessionId}/${randomBytes(12).toString("base64url")}`;

  const state = {
    clockOffsetMs: 0,
    sessions: new Map<string, PlugSimSession>(),
    inbox: new Map<string, PlugInboxMessage[]>(),
    delivered: 0,
    requests: 0,

    now: (): Date => new Date(baseNow().getTime() + state.clockOffsetMs),

    setClock(offsetMs: number) {
      state.clockOffsetMs = offsetMs;
    },

    createSession(token: string): PlugSimSession {
      const id = newId("ses");
      const session: PlugSimSession = {
        id, token, status: "qr", qr: qrPayload(id), qrExpiresAt: new Date(state.now().getTime() + PLUG_QR_TTL_MS),
        phone: null, connectedAt: null, expiresAt: null,
      };
      state.sessions.set(id, session);
      return session;
    },

    /** The session as of now: a connected one past its 15 days is expired; a waiting one past its QR's life gets a new QR. */
    current(id: string): PlugSimSession | null {
      const session = state.sessions.get(id);
      if (!session) return null;
      const now = state.now();
      if (session.status === "connected" && session.expiresAt && now >= session.expiresAt) session.status = "expired";
      if (session.status === "qr" && now >= session.qrExpiresAt) {
        session.qr = qrPayload(id);
        session.qrExpiresAt = new Date(now.getTime() + PLUG_QR_TTL_MS);
      }
      return session;
    },

    /** A phone reads the QR code: connected for 15 days from now. */
    scan(id: string, phone = PLUG_SANDBOX_PHONE): { ok: true; session: PlugSimSession } | { ok: false; status: number; error: string } {
      const session = state.current(id);
      if (!session) return { ok: false, status: 404, error: "session_not_found" };
      if (session.status !== "qr") return { ok: false, status: 409, error: `session_${session.status}` };
      const e164 = simulatorPhone(phone);
      if (!e164) return { ok: false, status: 400, error: "invalid_phone" };
      const now = state.now();
      Object.assign(session, { status: "connected", phone: e164, connectedAt: now, expiresAt: new Date(now.getTime() + PLUG_SESSION_MS) });
      return { ok: true, session };
    },

    expire(id: string): PlugSimSession | null {
      const session = state.sessions.get(id);
      if (!session) return null;
      session.status = "expired";
      session.expiresAt = state.now();
      return session;
    },

    disconnect(id: string): PlugSimSession | null {
      const session = state.sessions.get(id);
      if (session) session.status = "disconnected";
      return session ?? null;
    },

    deliver(phone: string, text: string): PlugInboxMessage {
      const message = { id: newId("msg"), phone, text, at: state.now() };
      const list = state.inbox.get(phone);
      if (list) list.push(message);
      else state.inbox.set(phone, [message]);
      state.delivered += 1;
      return message;
    },

    reset() {
      state.clockOffsetMs = 0;
      state.sessions.clear();
      state.inbox.clear();
      state.delivered = 0;
      state.requests = 0;
    },
  };
  return state;
}

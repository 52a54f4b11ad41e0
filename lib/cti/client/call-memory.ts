import type { CtiEventView } from "./types";

export type CallPhase = "ringing" | "answered" | "ended" | "failed";

/** The call the panel shows: the latest one that rang on the extension. */
export type CallView = {
  callId: string;
  ani: string;
  direction: "inbound" | "outbound";
  associatedData: string;
  phase: CallPhase;
};

/** What survives a reload (sessionStorage): the long-poll cursor and the call on screen. */
export type CallMemory = { last: number; call: CallView | null };

export const EMPTY_MEMORY: CallMemory = { last: 0, call: null };

type StorageLike = Pick<Storage, "getItem" | "setItem">;

const key = (sessionId: number) => `recado.cti.${sessionId}`;

/** Memory of one CTI session (a new session starts from scratch); anything unreadable counts as empty. */
export function readMemory(storage: StorageLike, sessionId: number): CallMemory {
  try {
    const parsed = JSON.parse(storage.getItem(key(sessionId)) ?? "null") as Partial<CallMemory> | null;
    if (!parsed || !Number.isSafeInteger(parsed.last) || (parsed.last as number) < 0) return EMPTY_MEMORY;
    return { last: parsed.last as number, call: parsed.call ?? null };
  } catch {
    return EMPTY_MEMORY;
  }
}

/** False for a tab that never polled this session: it starts after the newest event instead of replaying them. */
export const hasMemory = (storage: StorageLike, sessionId: number) => storage.getItem(key(sessionId)) !== null;

export function writeMemory(storage: StorageLike, sessionId: number, memory: CallMemory) {
  storage.setItem(key(sessionId), JSON.stringify(memory));
}

/**
 * Folds a long-poll answer into the memory. Events at or before the cursor are skipped (never applied twice);
 * `rang` is the newest call that started ringing in this batch, for the alerts.
 */
export function applyEvents(memory: CallMemory, events: CtiEventView[], last: number): { memory: CallMemory; rang: CallView | null } {
  let call = memory.call;
  let rang: CallView | null = null;
  for (const event of events) {
    if (event.seq <= memory.last) continue;
    const p = event.payload ?? {};
    if (event.type === "Ringing" && event.callId) {
      call = {
        callId: event.callId,
        ani: p.ANI ?? "",
        direction: p.callType === "outbound" ? "outbound" : "inbound",
        associatedData: p.associatedData ?? "",
        phase: "ringing",
      };
      rang = call;
    } else if (call && event.callId === call.callId) {
      if (event.type === "Answered" && call.phase === "ringing") call = { ...call, phase: "answered" };
      else if (event.type === "ConnectionCleared" && call.phase !== "failed") call = { ...call, phase: "ended" };
      else if (event.type === "CallFailure") call = { ...call, phase: "failed" };
    }
  }
  return { memory: { last: Math.max(memory.last, last), call }, rang };
}

export const CALL_PHASE_LABELS: Record<CallPhase, string> = {
  ringing: "Tocando",
  answered: "Em atendimento",
  ended: "Encerrada",
  failed: "Falhou",
};

import pg from "pg";
import { CTI_EVENTS_CHANNEL } from "./store-event";

export const CTI_LISTEN_APP_NAME = "recado-cti-listen";

export type WakeReason = "event" | "timeout" | "aborted" | "reconnected";
export type Subscription = { settled: Promise<WakeReason>; cancel(): void };

/**
 * One LISTEN connection per process fanning `cti_events` notifications ("<extension>:<seq>") out to the long-polls
 * waiting on that extension. Waiters hold no database connection; a lost connection wakes everyone (they re-read)
 * and the next subscriber reconnects.
 */
export function createListenHub(connectionString: string) {
  const waiters = new Map<string, Set<(reason: WakeReason) => void>>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  const stats = { connects: 0, notifications: 0 };

  function wake(extension: string, reason: WakeReason) {
    const set = waiters.get(extension);
    if (!set) return;
    waiters.delete(extension);
    for (const resolve of set) resolve(reason);
  }

  function lost(which: pg.Client) {
    if (client !== which) return;
    client = null;
    connecting = null;
    which.end().catch(() => {});
    // A notification may have been missed while the connection was down: every waiter re-reads.
    for (const extension of [...waiters.keys()]) wake(extension, "reconnected");
  }

  /** Resolves once LISTEN is active; lazily (re)connects. */
  function ready(): Promise<void> {
    if (closed) return Promise.reject(new Error("listen hub closed"));
    if (connecting) return connecting;
    const next = new pg.Client({ connectionString, application_name: CTI_LISTEN_APP_NAME });
    client = next;
    next.on("notification", (msg) => {
      if (msg.channel !== CTI_EVENTS_CHANNEL || !msg.payload) return;
      stats.notifications++;
      const colon = msg.payload.lastIndexOf(":");
      wake(colon > 0 ? msg.payload.slice(0, colon) : msg.payload, "event");
    });
    next.on("error", (error) => { console.error("[cti] conexão LISTEN perdida", error.message); lost(next); });
    next.on("end", () => lost(next));
    connecting = (async () => {
      await next.connect();
      await next.query(`LISTEN ${CTI_EVENTS_CHANNEL}`);
      stats.connects++;
    })().catch((error) => { lost(next); throw error; });
    return connecting;
  }

  /** Registers a waiter at once (before the caller's read, so nothing slips between read and wait). */
  function subscribe(extension: string, timeoutMs: number, signal?: AbortSignal): Subscription {
    let finish!: (reason: WakeReason) => void;
    const settled = new Promise<WakeReason>((resolve) => { finish = resolve; });
    let done = false;
    const complete = (reason: WakeReason) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      const set = waiters.get(extension);
      set?.delete(complete);
      if (set?.size === 0) waiters.delete(extension);
      finish(reason);
    };
    const onAbort = () => complete("aborted");
    const timer = setTimeout(() => complete("timeout"), timeoutMs);
    if (signal?.aborted) complete("aborted");
    else {
      signal?.addEventListener("abort", onAbort, { once: true });
      let set = waiters.get(extension);
      if (!set) waiters.set(extension, (set = new Set()));
      set.add(complete);
    }
    return { settled, cancel: () => complete("aborted") };
  }

  async function close() {
    closed = true;
    const current = client;
    client = null;
    for (const extension of [...waiters.keys()]) wake(extension, "aborted");
    await current?.end().catch(() => {});
  }

  const waiting = () => [...waiters.values()].reduce((n, set) => n + set.size, 0);
  return { ready, subscribe, close, stats: () => ({ ...stats, waiting: waiting(), connected: client !== null }) };
}

export type ListenHub = ReturnType<typeof createListenHub>;

const holder = globalThis as typeof globalThis & { __recadoCtiListenHub?: ListenHub };

/** The process's hub on DATABASE_URL (kept on globalThis so dev hot reloads do not open more connections). */
export function getListenHub(): ListenHub {
  if (!holder.__recadoCtiListenHub) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL não configurada");
    holder.__recadoCtiListenHub = createListenHub(url);
  }
  return holder.__recadoCtiListenHub;
}

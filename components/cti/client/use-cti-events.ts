"use client";
import { useEffect, useRef, useState } from "react";
import { applyEvents, EMPTY_MEMORY, hasMemory, readMemory, writeMemory, type CallMemory, type CallView } from "@/lib/cti/client/call-memory";
import { pollRetryDelay } from "@/lib/cti/client/poll-backoff";
import type { CtiPollAnswer, CtiSessionStatus } from "@/lib/cti/client/types";

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
});

type Handlers = { onRing: (call: CallView) => void; onStatus: (status: CtiSessionStatus) => void; onGone: () => void };

/**
 * The long-poll loop of a live session: re-polls as soon as an answer arrives, backs off on network errors, stops
 * on 409/401 (session gone). Cursor and call are kept in sessionStorage so a reload resumes without repeats.
 */
/** A session younger than this is the one this tab just logged in: it reads from the start, missing nothing. */
const JUST_LOGGED_IN_MS = 60_000;

export function useCtiEvents(sessionId: number | null, handlers: Handlers, startedAt?: string) {
  const [memory, setMemory] = useState<CallMemory>(EMPTY_MEMORY);
  const [offline, setOffline] = useState(false);
  const latest = useRef(handlers);
  useEffect(() => { latest.current = handlers; });

  useEffect(() => {
    if (sessionId === null) {
      setMemory(EMPTY_MEMORY);
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    let current = readMemory(sessionStorage, sessionId);
    // A tab opened mid-session (e.g. by an operation) starts after the newest event instead of replaying old calls.
    let fresh = !hasMemory(sessionStorage, sessionId) && !!startedAt && Date.now() - Date.parse(startedAt) > JUST_LOGGED_IN_MS;
    setMemory(current);
    void (async () => {
      let failures = 0;
      while (!signal.aborted) {
        try {
          const response = await fetch(`/api/cti/events?after=${fresh ? "latest" : current.last}`, { signal, cache: "no-store" });
          if (response.status === 409 || response.status === 401) {
            latest.current.onGone();
            return;
          }
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const answer = (await response.json()) as CtiPollAnswer;
          failures = 0;
          fresh = false;
          setOffline(false);
          const { memory: next, rang } = applyEvents(current, answer.events, answer.last);
          current = next;
          writeMemory(sessionStorage, sessionId, next);
          setMemory(next);
          if (rang) latest.current.onRing(rang);
          latest.current.onStatus(answer.status);
        } catch {
          if (signal.aborted) return;
          setOffline(true);
          await sleep(pollRetryDelay(failures++), signal);
        }
      }
    })();
    return () => controller.abort();
  }, [sessionId]);

  return { call: memory.call, offline };
}

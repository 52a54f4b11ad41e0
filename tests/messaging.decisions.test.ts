import { describe, expect, it } from "vitest";
import { OUTBOX_STATUSES, type OutboxStatus } from "../db/schema/messaging";
import { decideOutcome, DEFAULT_RETRY_POLICY, retryDelayMs } from "../lib/messaging/decide-outcome";
import { quietPeriodEnd } from "../lib/messaging/quiet-hours";
import { rateWindows } from "../lib/messaging/rate-windows";
import { applyDeliveryStatus, canTransition } from "../lib/messaging/transitions";
import type { SendResult } from "../lib/providers/types";

describe("outbox transitions", () => {
  it.each([
    ["queued", "sending", true], ["sending", "sent", true], ["sent", "delivered", true], ["delivered", "read", true],
    ["sent", "read", true], ["sent", "failed", true], ["delivered", "failed", false], ["read", "failed", false], ["sending", "retry_scheduled", true], ["retry_scheduled", "sending", true],
    ["sending", "failed", true], ["sending", "needs_review", true], ["queued", "cancelled", true], ["held", "cancelled", true],
    ["held", "queued", true], ["failed", "queued", true], ["needs_review", "queued", true], ["sending", "queued", true],
    ["read", "delivered", false], ["delivered", "sent", false], ["sent", "sending", false], ["sent", "queued", false],
    ["needs_review", "sending", false], ["cancelled", "queued", false], ["sending", "cancelled", false], ["failed", "sent", false],
    ["held", "sending", false],
  ] as [OutboxStatus, OutboxStatus, boolean][])("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it("never leaves a terminal status except by an admin retry", () => {
    expect(OUTBOX_STATUSES.filter((s) => OUTBOX_STATUSES.every((to) => !canTransition(s, to)))).toEqual(["read", "cancelled"]);
  });

  it.each([
    ["sent", "delivered", "delivered"], ["sent", "read", "read"], ["delivered", "read", "read"],
    ["read", "delivered", "read"], ["read", "read", "read"], ["delivered", "delivered", "delivered"],
    ["sending", "delivered", "sending"], ["failed", "read", "failed"], ["queued", "delivered", "queued"],
  ] as [OutboxStatus, "delivered" | "read", OutboxStatus][])("delivery report %s + %s = %s (never downgrades)", (current, incoming, expected) => {
    expect(applyDeliveryStatus(current, incoming)).toBe(expected);
  });
});

describe("provider answer → message outcome", () => {
  const now = new Date("2026-11-23T15:00:00Z");
  const policy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 60_000 };
  const fail = (extra: Partial<Extract<SendResult, { ok: false }>>): SendResult =>
    ({ ok: false, code: "http_5xx", retryable: true, message: "O RD Conversas falhou (HTTP 503)", ...extra });

  it.each([
    ["accepted", { ok: true, providerId: "abc" } as SendResult, 1, { status: "sent", attemptOutcome: "sent", providerId: "abc" }],
    ["5xx first try", fail({}), 1, { status: "retry_scheduled", attemptOutcome: "transient", notBefore: new Date(now.getTime() + 750) }],
    ["5xx third try", fail({}), 3, { status: "retry_scheduled", notBefore: new Date(now.getTime() + 3_000) }],
    ["429 honours Retry-After", fail({ code: "429", retryAfterMs: 30_000 }), 1, { status: "retry_scheduled", notBefore: new Date(now.getTime() + 30_000) }],
    ["connection refused", fail({ code: "network", neverLeft: true }), 2, { status: "retry_scheduled", attemptOutcome: "not_sent" }],
    ["invalid token", fail({ code: "401", retryable: false, message: "Token do RD Conversas inválido" }), 1,
      { status: "failed", attemptOutcome: "permanent", code: "401", message: "Token do RD Conversas inválido" }],
    ["transient on the last try", fail({}), 5,
      { status: "failed", attemptOutcome: "transient", code: "http_5xx", message: "Desistimos após 5 tentativas: O RD Conversas falhou (HTTP 503)" }],
  ] as [string, SendResult, number, object][])("%s", (_, result, attempt, expected) => {
    expect(decideOutcome(result, { attempt, now, policy, random: 0.5 })).toMatchObject(expected);
  });

  it.each([
    [1, 0, 500], [1, 1, 1_000], [4, 0, 4_000], [4, 1, 8_000], [20, 0, 30_000], [20, 1, 60_000],
  ])("attempt %i with jitter draw %f waits %i ms", (attempt, random, expected) => {
    expect(retryDelayMs(attempt, policy, random)).toBe(expected);
  });

  it("gives a transient problem up to about half an hour before failing by default", () => {
    const total = Array.from({ length: DEFAULT_RETRY_POLICY.maxAttempts - 1 }, (_, i) => retryDelayMs(i + 1, DEFAULT_RETRY_POLICY, 1))
      .reduce((a, b) => a + b, 0);
    expect(total / 60_000).toBeGreaterThan(30);
    expect(total / 60_000).toBeLessThan(40);
  });
});

describe("quiet hours (São Paulo time)", () => {
  const night = { enabled: true, start: "21:00", end: "08:00" };
  it.each([
    ["20:59 is still allowed", "2026-11-23T23:59:00Z", night, null],
    ["21:00 waits until 08:00 tomorrow", "2026-11-24T00:00:00Z", night, "2026-11-24T11:00:00Z"],
    ["23:30 waits until 08:00 tomorrow", "2026-11-24T02:30:00Z", night, "2026-11-24T11:00:00Z"],
    ["03:00 waits until 08:00 today", "2026-11-24T06:00:00Z", night, "2026-11-24T11:00:00Z"],
    ["08:00 sends", "2026-11-24T11:00:00Z", night, null],
    ["disabled never waits", "2026-11-24T02:30:00Z", { ...night, enabled: false }, null],
    ["a lunch pause inside the day", "2026-11-24T15:30:00Z", { enabled: true, start: "12:00", end: "13:00" }, "2026-11-24T16:00:00Z"],
    ["after the lunch pause", "2026-11-24T16:00:00Z", { enabled: true, start: "12:00", end: "13:00" }, null],
    ["start equal to end means no quiet period", "2026-11-24T02:30:00Z", { enabled: true, start: "22:00", end: "22:00" }, null],
  ] as [string, string, typeof night, string | null][])("%s", (_, now, quiet, expected) => {
    expect(quietPeriodEnd(new Date(now), quiet)?.toISOString() ?? null).toBe(expected === null ? null : new Date(expected).toISOString());
  });
});

describe("rate-limit windows", () => {
  it.each([
    ["2026-11-23T15:00:00.999Z", "2026-11-23T15:00:00.000Z", "2026-11-23T03:00:00.000Z"],
    ["2026-11-24T02:59:59.500Z", "2026-11-24T02:59:59.000Z", "2026-11-23T03:00:00.000Z"],
    ["2026-11-24T03:00:00.000Z", "2026-11-24T03:00:00.000Z", "2026-11-24T03:00:00.000Z"],
  ])("%s → second %s, São Paulo day %s", (now, second, day) => {
    const w = rateWindows(new Date(now));
    expect([w.secondStart.toISOString(), w.dayStart.toISOString()]).toEqual([second, day]);
  });
});

import { z } from "zod";

/** Faults a provider simulator injects, the same for every simulator that speaks HTTP. */
export type SimulatorFaults = {
  latencyMs: number;
  share5xx: number;
  share429: number;
  retryAfterSeconds: number;
  /** A timed-out request is held past any client timeout and does nothing (is NOT delivered). */
  shareTimeout: number;
  invalidToken: boolean;
  /** E.164 numbers that always fail (how depends on the provider). */
  failingNumbers: string[];
};

export const noFaults = (): SimulatorFaults => ({
  latencyMs: 0, share5xx: 0, share429: 0, retryAfterSeconds: 1, shareTimeout: 0, invalidToken: false, failingNumbers: [],
});

const share = z.number().min(0, "Use um valor entre 0 e 1.").max(1, "Use um valor entre 0 e 1.");

/** A partial change of the faults; `toPhone` is the simulator's own reading of a phone (E.164 or null). */
export function faultsPatchSchema(toPhone: (raw: string) => string | null) {
  return z.object({
    latencyMs: z.number().int().min(0).max(60_000),
    share5xx: share,
    share429: share,
    retryAfterSeconds: z.number().int().min(0).max(3600),
    shareTimeout: share,
    invalidToken: z.boolean(),
    failingNumbers: z.array(z.string()).transform((list, ctx) => list.map((raw) => {
      const phone = toPhone(raw);
      if (!phone) ctx.addIssue({ code: "custom", message: `Número inválido: ${raw}` });
      return phone ?? raw;
    })),
  }).partial();
}

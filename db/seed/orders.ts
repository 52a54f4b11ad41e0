import type { ORDER_CHANNELS } from "../schema";
import { amountCents, ORDER_STAGES, type Rng } from "./generators";

const HOUR_MS = 3_600_000;

export type OrderSpec = {
  companyId: number;
  personId: number;
  channel: (typeof ORDER_CHANNELS)[number];
  number: string;
  stage: string;
  totalCents: number;
  createdAt: Date;
  /** Every stage the order went through, oldest first; the last one is `stage`. */
  history: { stage: string; at: Date }[];
};

/**
 * An order placed in the last 30 days before `now` that has moved through the first stages of the funnel;
 * recent orders tend to be early in it, so "Entregue" mostly shows on older ones.
 */
export function orderSpec(rng: Rng, input: { companyId: number; personId: number; sequence: number; now: Date }): OrderSpec {
  const { companyId, personId, sequence, now } = input;
  const channel = rng.chance(0.5) ? "prateleira_infinita" : "omni";
  const ageHours = rng.int(2, 30 * 24);
  const createdAt = new Date(now.getTime() - ageHours * HOUR_MS);
  const maxStage = Math.min(ORDER_STAGES.length - 1, Math.floor(ageHours / 24));
  const reached = rng.int(Math.floor(maxStage / 2), maxStage);
  const history: OrderSpec["history"] = [{ stage: ORDER_STAGES[0], at: createdAt }];
  let at = createdAt.getTime();
  const step = (ageHours * HOUR_MS) / (reached + 1);
  for (let index = 1; index <= reached; index++) {
    at += rng.int(Math.floor(step / 4), Math.floor(step));
    history.push({ stage: ORDER_STAGES[index]!, at: new Date(at) });
  }
  return {
    companyId, personId, channel,
    number: `${channel === "omni" ? "OM" : "PI"}${String(sequence).padStart(7, "0")}`,
    stage: history[history.length - 1]!.stage,
    totalCents: amountCents(rng, 7_990, 250_000),
    createdAt,
    history,
  };
}

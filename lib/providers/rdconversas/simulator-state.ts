import { randomBytes } from "node:crypto";
import { z } from "zod";
import { faultsPatchSchema, noFaults, type SimulatorFaults } from "../simulator-faults";
import { RD_SANDBOX_TOKEN, RD_SEED_CHIPS, RD_SEED_TEMPLATES, type RdChip, type RdTemplate } from "./simulator-seed";

/** The shared simulator faults; RD's failing numbers always get business code 301. */
export type RdFaults = SimulatorFaults;

export type RdInboxMessage = {
  id: string; phone: string; templateId: string; templateName: string; text: string; variables: string[]; sentBy: string; at: Date;
};
export type RdContact = { _id: string; fullName: string; phone: string; integration: string; at: Date };
export type RdDuplicate = { phone: string; templateId: string; variables: string[]; count: number };

/** Brazilian national digits, "+55…" or "55…" digits → E.164; null when it cannot be a phone. */
export function simulatorPhone(raw: string): string | null {
  const digits = raw.replace(/\D/g, "");
  if (raw.trim().startsWith("+")) return digits.length >= 10 && digits.length <= 15 ? `+${digits}` : null;
  if (digits.length === 10 || digits.length === 11) return `+55${digits}`;
  if (digits.startsWith("55") && (digits.length === 12 || digits.length === 13)) return `+${digits}`;
  return null;
}

export const rdFaultsPatchSchema = faultsPatchSchema(simulatorPhone);
export type RdFaultsPatch = z.input<typeof rdFaultsPatchSchema>;

export { noFaults };

/** mulberry32: small, fast and seedable, so fault draws repeat from run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const deliveryKey = (phone: string, templateId: string, variables: string[]) => `${phone}\u0000${templateId}\u0000${JSON.stringify(variables)}`;

export type RdSimulatorState = ReturnType<typeof createRdSimulatorState>;

export function createRdSimulatorState(options: { seed?: number; random?: () => number; holdMs?: number; now?: () => Date } = {}) {
  const random = options.random ?? seededRandom(options.seed ?? 0x5eed);
  const now = options.now ?? (() => new Date());
  // ObjectId-like 24-hex ids: time, a per-state random part and a counter, so they never repeat within a state.
  const idSalt = randomBytes(5).toString("hex");
  let idCounter = 0;

  const state = {
    random,
    now,
    /** How long a "timeout" request is held: longer than any client timeout. */
    holdMs: options.holdMs ?? 30_000,
    tokens: new Set<string>([RD_SANDBOX_TOKEN]),
    chips: RD_SEED_CHIPS.map((c) => ({ ...c })) as RdChip[],
    templates: RD_SEED_TEMPLATES.map((t) => ({ ...t })) as RdTemplate[],
    contacts: new Map<string, RdContact>(),
    inbox: new Map<string, RdInboxMessage[]>(),
    deliveries: new Map<string, number>(),
    delivered: 0,
    requests: 0,
    faults: noFaults(),

    newId(): string {
      idCounter = (idCounter + 1) % 0x1000000;
      return Math.floor(now().getTime() / 1000).toString(16).padStart(8, "0").slice(-8) + idSalt + idCounter.toString(16).padStart(6, "0");
    },

    addToken(token: string) {
      state.tokens.add(token);
    },

    /** Validates and merges a partial fault configuration; refusals keyed by field. */
    setFaults(patch: unknown): { ok: true; faults: RdFaults } | { ok: false; errors: Record<string, string[]> } {
      const parsed = rdFaultsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        const errors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) (errors[issue.path.map(String).join(".") || "root"] ??= []).push(issue.message);
        return { ok: false, errors };
      }
      const merged = { ...state.faults, ...parsed.data };
      if (merged.share5xx + merged.share429 + merged.shareTimeout > 1) {
        return { ok: false, errors: { share5xx: ["A soma das parcelas de 5xx, 429 e timeout não pode passar de 1."] } };
      }
      state.faults = merged;
      return { ok: true, faults: merged };
    },

    deliver(message: RdInboxMessage) {
      const list = state.inbox.get(message.phone);
      if (list) list.push(message);
      else state.inbox.set(message.phone, [message]);
      const key = deliveryKey(message.phone, message.templateId, message.variables);
      state.deliveries.set(key, (state.deliveries.get(key) ?? 0) + 1);
      state.delivered += 1;
    },

    deliveryCount(recipient: string, templateId: string, variables: string[]): number {
      const phone = simulatorPhone(recipient) ?? recipient;
      return state.deliveries.get(deliveryKey(phone, templateId, variables)) ?? 0;
    },

    /** Every (recipient, template, variables) delivered more than once: must stay empty. */
    duplicates(): RdDuplicate[] {
      const out: RdDuplicate[] = [];
      for (const [key, count] of state.deliveries) {
        if (count < 2) continue;
        const [phone, templateId, variables] = key.split("\u0000") as [string, string, string];
        out.push({ phone, templateId, variables: JSON.parse(variables) as string[], count });
      }
      return out;
    },

    reset() {
      state.tokens = new Set([RD_SANDBOX_TOKEN]);
      state.chips = RD_SEED_CHIPS.map((c) => ({ ...c }));
      state.templates = RD_SEED_TEMPLATES.map((t) => ({ ...t }));
      state.contacts.clear();
      state.inbox.clear();
      state.deliveries.clear();
      state.delivered = 0;
      state.requests = 0;
      state.faults = noFaults();
    },
  };
  return state;
}

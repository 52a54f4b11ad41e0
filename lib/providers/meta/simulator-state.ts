import { randomBytes } from "node:crypto";
import { z } from "zod";
import { seededRandom } from "@/lib/providers/rdconversas/simulator-state";
import type { MetaRejectionReason, MetaStatusName, MetaTemplateCategory, MetaTemplateStatus } from "./wire";
import { faultsPatchSchema, noFaults, type SimulatorFaults } from "../simulator-faults";

export type MetaSimApp = {
  wabaId: string; phoneNumberId: string; displayPhoneNumber: string; token: string; appSecret: string; verifyToken: string;
  callbackUrl: string; registeredAt: Date;
};
export type MetaSimTemplate = {
  id: string; wabaId: string; name: string; language: string; category: MetaTemplateCategory; status: MetaTemplateStatus;
  body: string; examples: string[]; rejectedReason?: MetaRejectionReason; createdAt: Date; updatedAt: Date;
  /** Bumped by every edit so a review scheduled for an older version does nothing. */
  revision: number;
};
/** What a customer's phone received from the simulator (the shared sandbox inbox lists these). */
export type MetaSimMessage = {
  id: string; wabaId: string; phoneNumberId: string; phone: string; kind: "template" | "text"; templateName: string; language: string;
  text: string; variables: string[]; at: Date; status: "accepted" | MetaStatusName;
};
export type MetaSimInbound = { id: string; wabaId: string; phone: string; name: string; text: string; at: Date };
export type MetaDelivery = {
  at: Date; kind: "statuses" | "messages" | "template_status" | "verification"; url: string; summary: string;
  httpStatus: number | null; ok: boolean; error?: string;
};

/** The shared simulator faults; sends to Meta's failing numbers are accepted and then get a `failed` status (131026), as Meta does. */
export type MetaFaults = SimulatorFaults;
export type MetaReviewRules = { autoReviewMs: number | null; rejectWords: string[] };
export type MetaStatusOptions = { autoRead: boolean; shuffle: number };
export type MetaStatusDelays = { sent: number; delivered: number; read: number };

/** International digits (with or without "+", or Brazilian national digits) → E.164; null when it cannot be a phone. */
export function metaSimPhone(raw: string): string | null {
  const digits = raw.replace(/\D/g, "");
  if (!raw.trim().startsWith("+") && (digits.length === 10 || digits.length === 11)) return `+55${digits}`;
  return digits.length >= 12 && digits.length <= 15 ? `+${digits}` : null;
}

const share = z.number().min(0, "Use um valor entre 0 e 1.").max(1, "Use um valor entre 0 e 1.");
const metaFaultsPatchSchema = faultsPatchSchema(metaSimPhone).refine((f) => (f.share5xx ?? 0) + (f.share429 ?? 0) + (f.shareTimeout ?? 0) <= 1, {
  message: "A soma das parcelas de 5xx, 429 e timeout não pode passar de 1.", path: ["share5xx"],
});
const reviewRulesPatchSchema = z.object({
  autoReviewMs: z.number().int().min(0, "O atraso não pode ser negativo.").max(86_400_000, "Atraso de no máximo 24 h.").nullable(),
  rejectWords: z.array(z.string().trim().min(1, "Palavra vazia.").max(100, "Palavra longa demais.")).max(100, "No máximo 100 palavras."),
}).partial();
const statusOptionsPatchSchema = z.object({
  autoRead: z.boolean(),
  shuffle: share,
  delaysMs: z.object({ sent: z.number().int().min(0), delivered: z.number().int().min(0), read: z.number().int().min(0) }).partial(),
}).partial();

export const defaultFaults = noFaults;
export const DEFAULT_REVIEW_RULES: Readonly<MetaReviewRules> = { autoReviewMs: 10_000, rejectWords: ["proibido"] };
export const DEFAULT_STATUS_OPTIONS: Readonly<MetaStatusOptions> = { autoRead: true, shuffle: 0 };
export const DEFAULT_STATUS_DELAYS: Readonly<MetaStatusDelays> = { sent: 100, delivered: 400, read: 1500 };
const KEPT_DELIVERIES = 200;

type Patched<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string[]> };

function errorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.map(String).join(".") || "root"] ??= []).push(issue.message);
  return errors;
}

export type MetaSimulatorState = ReturnType<typeof createMetaSimulatorState>;

export type MetaSimulatorOptions = {
  seed?: number; random?: () => number; now?: () => Date;
  /** How long a "timeout" request is held: longer than any client timeout. */
  holdMs?: number;
  statusDelaysMs?: Partial<MetaStatusDelays>;
  /** Per webhook POST and per verification GET. */
  deliveryTimeoutMs?: number;
};

export function createMetaSimulatorState(options: MetaSimulatorOptions = {}) {
  const random = options.random ?? seededRandom(options.seed ?? 0x3e7a);
  const now = options.now ?? (() => new Date());
  const timers = new Map<ReturnType<typeof setTimeout>, () => void>();
  const pending = new Set<Promise<unknown>>();
  let counter = 0;

  const state = {
    random,
    now,
    holdMs: options.holdMs ?? 30_000,
    deliveryTimeoutMs: options.deliveryTimeoutMs ?? 5_000,
    statusDelaysMs: { ...DEFAULT_STATUS_DELAYS, ...options.statusDelaysMs } as MetaStatusDelays,
    apps: [] as MetaSimApp[],
    templates: new Map<string, MetaSimTemplate>(),
    messages: [] as MetaSimMessage[],
    inbound: [] as MetaSimInbound[],
    /** Last customer message per "wabaId|E.164": the 24-hour customer service window. */
    windows: new Map<string, Date>(),
    deliveries: [] as MetaDelivery[],
    /** Webhook POSTs are chained per app so the order we mean (even a scrambled one) is the order they arrive in. */
    queues: new Map<string, Promise<void>>(),
    faults: defaultFaults(),
    reviewRules: { ...DEFAULT_REVIEW_RULES, rejectWords: [...DEFAULT_REVIEW_RULES.rejectWords] } as MetaReviewRules,
    statusOptions: { ...DEFAULT_STATUS_OPTIONS } as MetaStatusOptions,
    requests: 0,
    /** Bumped by reset(): work started before it must not write into the fresh state. */
    epoch: 0,

    /** Numeric like Graph ids, unique within the process even across resets. */
    newTemplateId(): string {
      counter = (counter + 1) % 1000;
      return String(Date.now() * 1000 + counter);
    },
    newWamid(phoneDigits: string): string {
      return `wamid.${Buffer.from(`HBgM${phoneDigits}FQIAERgS${randomBytes(9).toString("hex").toUpperCase()}`).toString("base64").replace(/=+$/, "")}`;
    },
    fbtraceId: () => randomBytes(8).toString("base64url"),

    /** Work the state waits for in idle(): deliveries in flight. */
    track<T>(promise: Promise<T>): Promise<T> {
      pending.add(promise);
      void promise.finally(() => pending.delete(promise)).catch(() => {});
      return promise;
    },
    /** A timer idle() waits for; reset() cancels it. */
    schedule(ms: number, run: () => void | Promise<unknown>) {
      const epoch = state.epoch;
      state.track(new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (epoch !== state.epoch) { resolve(); return; }
          Promise.resolve().then(run).catch(() => {}).finally(resolve);
        }, Math.max(0, ms));
        timers.set(timer, resolve);
      }));
    },
    /** Resolves once no timer or webhook delivery is pending (including ones they start): tests wait here instead of sleeping. */
    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },

    appFor(wabaId: string): MetaSimApp | undefined {
      return state.apps.find((a) => a.wabaId === wabaId);
    },
    logDelivery(delivery: MetaDelivery) {
      state.deliveries.unshift(delivery);
      state.deliveries.length = Math.min(state.deliveries.length, KEPT_DELIVERIES);
    },
    windowOpenUntil(wabaId: string, phone: string): Date | null {
      const last = state.windows.get(`${wabaId}|${phone}`);
      return last ? new Date(last.getTime() + 24 * 3_600_000) : null;
    },

    setFaults(patch: unknown): Patched<MetaFaults> {
      const parsed = metaFaultsPatchSchema.safeParse(patch);
      if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
      const merged = { ...state.faults, ...parsed.data };
      if (merged.share5xx + merged.share429 + merged.shareTimeout > 1) {
        return { ok: false, errors: { share5xx: ["A soma das parcelas de 5xx, 429 e timeout não pode passar de 1."] } };
      }
      state.faults = merged;
      return { ok: true, value: merged };
    },
    setReviewRules(patch: unknown): Patched<MetaReviewRules> {
      const parsed = reviewRulesPatchSchema.safeParse(patch);
      if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
      state.reviewRules = { ...state.reviewRules, ...parsed.data };
      return { ok: true, value: state.reviewRules };
    },
    setStatusOptions(patch: unknown): Patched<MetaStatusOptions & { delaysMs: MetaStatusDelays }> {
      const parsed = statusOptionsPatchSchema.safeParse(patch);
      if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
      const { delaysMs, ...rest } = parsed.data;
      state.statusOptions = { ...state.statusOptions, ...rest };
      state.statusDelaysMs = { ...state.statusDelaysMs, ...delaysMs };
      return { ok: true, value: { ...state.statusOptions, delaysMs: state.statusDelaysMs } };
    },

    /** Back to a fresh simulator; `keepApps` leaves registered apps (and so the configured accounts) working. */
    reset(resetOptions: { keepApps?: boolean } = {}) {
      state.epoch += 1;
      for (const [timer, resolve] of timers) { clearTimeout(timer); resolve(); }
      timers.clear();
      if (!resetOptions.keepApps) state.apps = [];
      state.templates.clear();
      state.messages = [];
      state.inbound = [];
      state.windows.clear();
      state.deliveries = [];
      state.queues.clear();
      state.faults = defaultFaults();
      state.reviewRules = { ...DEFAULT_REVIEW_RULES, rejectWords: [...DEFAULT_REVIEW_RULES.rejectWords] };
      state.statusOptions = { ...DEFAULT_STATUS_OPTIONS };
      state.statusDelaysMs = { ...DEFAULT_STATUS_DELAYS, ...options.statusDelaysMs };
      state.requests = 0;
    },
  };
  return state;
}

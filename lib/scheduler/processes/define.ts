import type { z } from "zod";
import type { Db } from "@/db/client";
import type { Clock } from "@/lib/core/clock";

export const PROCESS_TYPES = ["Integração", "Mensageria", "Cadastros", "Financeiro"] as const;
export type ProcessType = (typeof PROCESS_TYPES)[number];

export type RunCounts = { found?: number; queued?: number; sent?: number; failed?: number; skipped?: number };

export type RunInfo = { id: number; referenceDate: string; companyIds: number[]; scheduledFor: Date };

export type ProcessContext<P> = {
  db: Db;
  clock: Clock;
  run: RunInfo;
  params: P;
  /** One LOG line of the run, visible at once on the run screen. */
  log: (message: string, options?: { level?: "info" | "warn" | "error"; data?: unknown }) => Promise<void>;
  /** Live counts (replace the stored ones) while the handler works. */
  progress: (counts: RunCounts) => Promise<void>;
  /** True once someone pressed "Cancelar": handlers check it between batches and stop early. */
  isCancelled: () => Promise<boolean>;
};

export type ProcessDefinition<S extends z.ZodObject = z.ZodObject> = {
  /** Registry key stored on configurations ("outbox.release", "103"). */
  code: string;
  name: string;
  type: ProcessType;
  /** Parameters of a configuration; each key's .describe() is its label on the form. */
  params: S;
  /** Each fire time must come at least minMinutes after the previous fire of the followed process (same company). */
  mustFollow?: { process: string; minMinutes: number };
  handler: (context: ProcessContext<z.output<S>>) => Promise<RunCounts>;
};

export function defineProcess<S extends z.ZodObject>(definition: ProcessDefinition<S>): ProcessDefinition<S> {
  return definition;
}

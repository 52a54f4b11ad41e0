import type { RunStatus, RunTrigger } from "./labels";

/** A run as the browser sees it (page props and the polling route): plain JSON. Client-safe. */
export type RunView = {
  id: number;
  status: RunStatus;
  trigger: RunTrigger;
  configId: number;
  configDescription: string;
  processName: string;
  referenceDate: string;
  scheduledFor: string;
  startedAt: string | null;
  finishedAt: string | null;
  cancelRequested: boolean;
  requestedBy: string | null;
  companies: string[];
  counts: { found: number; queued: number; sent: number; failed: number; skipped: number };
  error: string | null;
  logs: { id: number; at: string; level: "info" | "warn" | "error"; message: string }[];
};

type Detail = {
  run: {
    id: number; status: RunStatus; trigger: RunTrigger; referenceDate: string; scheduledFor: Date; startedAt: Date | null;
    finishedAt: Date | null; cancelRequested: boolean; found: number; queued: number; sent: number; failed: number; skipped: number;
    error: string | null;
  };
  config: { id: number; description: string; processName: string };
  requestedBy: string | null;
  companies: string[];
  logs: { id: number; at: Date; level: "info" | "warn" | "error"; message: string }[];
};

export function toRunView({ run, config, requestedBy, companies, logs }: Detail): RunView {
  return {
    id: run.id, status: run.status, trigger: run.trigger, configId: config.id, configDescription: config.description,
    processName: config.processName, referenceDate: run.referenceDate, scheduledFor: run.scheduledFor.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null, finishedAt: run.finishedAt?.toISOString() ?? null,
    cancelRequested: run.cancelRequested, requestedBy, companies,
    counts: { found: run.found, queued: run.queued, sent: run.sent, failed: run.failed, skipped: run.skipped },
    error: run.error, logs: logs.map((l) => ({ ...l, at: l.at.toISOString() })),
  };
}

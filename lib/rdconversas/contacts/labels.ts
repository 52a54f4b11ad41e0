/** Portuguese labels of PESFP079 batches. Client-safe. */
export type ContactBatchStatus = "running" | "finished" | "cancelled";

export const BATCH_STATUS_LABELS: Record<ContactBatchStatus, string> = { running: "Enviando", finished: "Concluído", cancelled: "Cancelado" };
export const BATCH_STATUS_TONES: Record<ContactBatchStatus, "blue" | "green" | "amber"> = { running: "blue", finished: "green", cancelled: "amber" };

/** Progress bar segments, in order, with their colours. */
export const PROGRESS_PARTS = [
  ["sent", "Enviados", "bg-emerald-500"], ["failed", "Falhas", "bg-red-500"], ["review", "Em revisão", "bg-amber-400"],
  ["cancelled", "Cancelados", "bg-slate-400"], ["pending", "Pendentes", "bg-slate-200"],
] as const;

/** Portuguese labels of runs. Client-safe. */
export type RunStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";
export type RunTrigger = "schedule" | "catch_up" | "manual" | "rerun";

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  queued: "Na fila", running: "Executando", succeeded: "Concluída", failed: "Falhou", cancelled: "Cancelada",
};
export const RUN_STATUS_TONES: Record<RunStatus, "slate" | "blue" | "green" | "red" | "amber"> = {
  queued: "slate", running: "blue", succeeded: "green", failed: "red", cancelled: "amber",
};
export const RUN_TRIGGER_LABELS: Record<RunTrigger, string> = {
  schedule: "Agendada", catch_up: "Atrasada (recuperada)", manual: "Executar agora", rerun: "Executar para a data",
};
export const isRunOpen = (status: RunStatus) => status === "queued" || status === "running";

export const COUNT_LABELS = [
  ["found", "Encontrados"], ["queued", "Enfileirados"], ["sent", "Enviados"], ["failed", "Falhas"], ["skipped", "Ignorados"],
] as const;

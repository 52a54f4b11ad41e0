import type { TemplateStatus } from "@/db/schema";

export const TEMPLATE_STATUS_LABELS: Record<TemplateStatus, string> = {
  pending: "Pendente",
  approved: "Aprovada",
  rejected: "Rejeitada",
  paused: "Pausada",
  disabled: "Desativada",
};

export const TEMPLATE_STATUS_TONES: Record<TemplateStatus, "amber" | "green" | "red" | "slate" | "blue"> = {
  pending: "amber",
  approved: "green",
  rejected: "red",
  paused: "slate",
  disabled: "slate",
};

/** Meta's template status → ours. */
export const META_STATUS_TO_OURS: Record<string, TemplateStatus> = {
  PENDING: "pending",
  IN_APPEAL: "pending",
  APPROVED: "approved",
  REJECTED: "rejected",
  PAUSED: "paused",
  DISABLED: "disabled",
};

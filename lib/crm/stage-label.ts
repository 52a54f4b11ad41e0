import { OPPORTUNITY_STAGE_LABELS } from "./schemas";

/** Stage is free text in the table (other modules may add stages); known ones get their Portuguese label. */
export const stageLabel = (stage: string) => OPPORTUNITY_STAGE_LABELS[stage as keyof typeof OPPORTUNITY_STAGE_LABELS] ?? stage;

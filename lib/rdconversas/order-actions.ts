import { defineAction } from "@/lib/core/action";

/** Actions of order stages and their notifications. */
export const orderStageActions = {
};

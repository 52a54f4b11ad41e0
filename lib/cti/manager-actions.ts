import { defineAction } from "@/lib/core/action";

/** Actions of the CTI manager (agent identity, operations). */
export const ctiManagerActions = {
};

import { defineAction } from "@/lib/core/action";

/** Actions of the simulated PBX sandbox page. */
export const ctiSandboxActions = {
};

import { defineAction } from "@/lib/core/action";

/** Actions of INTFM037 (configuration, messages, templates, replicate, test send). */
export const rdConfigActions = {
};

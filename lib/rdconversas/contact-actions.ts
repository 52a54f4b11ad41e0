import { defineAction } from "@/lib/core/action";

/** Actions of PESFP079 batch contact send. */
export const rdContactActions = {
};

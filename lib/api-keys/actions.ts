import { defineAction } from "@/lib/core/action";

/** Actions of ERP ingestion API keys. */
export const apiKeyActions = {
};

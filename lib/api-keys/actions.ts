import { defineAction } from "@/lib/core/action";
import { createApiKey } from "./create-api-key";
import { revokeApiKey } from "./revoke-api-key";
import { apiKeyIdSchema, createApiKeySchema } from "./schemas";

/** Actions of ERP ingestion API keys. */
export const apiKeyActions = {
  "apiKeys.create": defineAction({ role: "admin", input: createApiKeySchema, service: createApiKey }),
  "apiKeys.revoke": defineAction({ role: "admin", input: apiKeyIdSchema, service: revokeApiKey }),
};

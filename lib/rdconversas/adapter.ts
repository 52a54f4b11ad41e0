import "server-only";
import { createRdConversasAdapter } from "@/lib/providers/rdconversas/adapter";
import type { ProviderAdapter } from "@/lib/providers/types";
import { rdBaseUrl } from "./base-url";

/** An adapter for interactive calls (test connection, templates, chips, test send) with the given token. */
export const rdAdapter = (token: string, timeoutMs = 10_000): ProviderAdapter =>
  createRdConversasAdapter({ provider: "rdconversas", baseUrl: rdBaseUrl(), credentials: { token }, timeoutMs });

import "server-only";
import type { ProviderChannel, ProviderTemplate } from "@/lib/providers/types";
import { rdAdapter } from "../adapter";

export type RdCatalog = { ok: true; chips: ProviderChannel[]; templates: ProviderTemplate[] } | { ok: false; message: string };

/** The account's chips and templates as the provider lists them now, or the adapter's Portuguese reason. */
export async function fetchRdCatalog(token: string, timeoutMs?: number): Promise<RdCatalog> {
  const adapter = rdAdapter(token, timeoutMs);
  const [chips, templates] = await Promise.all([adapter.listChannels(), adapter.listTemplates()]);
  if (!chips.ok) return { ok: false, message: chips.message };
  if (!templates.ok) return { ok: false, message: templates.message };
  return { ok: true, chips: chips.items, templates: templates.items };
}

import "server-only";
import type { DbOrTx } from "@/db/client";
import { ServiceError } from "@/lib/core/errors";
import { getRdConfig } from "../get-config";
import { fetchRdCatalog } from "./fetch-rd-catalog";

/** Stored token and live catalogue, or a refusal saying what to do: configure the parameter or retry later. */
export async function requireRdCatalog(db: DbOrTx) {
  const config = await getRdConfig(db);
  if (!config) {
    throw new ServiceError("INVALID", "Configure o RD Conversas em \"Configurações gerais\" (token e chip) antes de continuar.");
  }
  const catalog = await fetchRdCatalog(config.DS_TOKEN_RDCONVERSAS);
  if (!catalog.ok) throw new ServiceError("PROVIDER_UNAVAILABLE", `Não foi possível consultar o RD Conversas: ${catalog.message}`);
  return { config, chips: catalog.chips, templates: catalog.templates };
}

import "server-only";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import type { TestRdConnectionInput } from "../config-schemas";
import { getRdConfig } from "../get-config";
import { chipKey } from "../resolve-chip";
import { fetchRdCatalog } from "./fetch-rd-catalog";

/** "Testar conexão": the typed token (or the stored one) against the provider, and whether the contract's chip is there. */
export async function testRdConnection({ ctx, input }: { ctx: Ctx; input: TestRdConnectionInput }) {
  const stored = await getRdConfig(ctx.db);
  const token = input.token || stored?.DS_TOKEN_RDCONVERSAS || "";
  if (!token) throw invalid("DS_TOKEN_RDCONVERSAS", "Informe o token para testar a conexão.");
  const catalog = await fetchRdCatalog(token);
  if (!catalog.ok) {
    throw new ServiceError("PROVIDER_REJECTED", `Falha na conexão: ${catalog.message}`, { DS_TOKEN_RDCONVERSAS: [catalog.message] });
  }
  const chipNumber = input.chipNumber || stored?.NR_CHIP_RDCONVERSAS || "";
  const chipFound = Boolean(chipNumber) && catalog.chips.some((c) => chipKey(c.number) === chipKey(chipNumber));
  const chipPart = !chipNumber ? "chip do contrato não informado" : chipFound ? "chip do contrato encontrado" : "chip do contrato não encontrado";
  return {
    chips: catalog.chips.length,
    templates: catalog.templates.length,
    chipFound,
    message: `Conexão OK: ${catalog.chips.length} chip(s), ${catalog.templates.length} template(s); ${chipPart}.`,
  };
}

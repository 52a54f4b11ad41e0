import { z } from "zod";
import { defineSetting } from "@/lib/settings/registry";

export const RD_CONFIG_CODE = "DS_LST_CONFIG_RDCONVERSAS";

/**
 * Corporate parameter DS_LST_CONFIG_RDCONVERSAS (seed 000). INTFM037's "Configurações gerais" edits this very value.
 * ID_INTEGRACAO_CHIP is derived on save: the chip number resolved to the provider's integration id.
 */
export const rdConfigSetting = defineSetting({
  code: RD_CONFIG_CODE,
  scope: "organization",
  module: "Integração",
  title: "Configuração RD Conversas",
  description: "Token, campo adicional que guarda o ID do contato, chip do contrato e dias de antecedência dos avisos de vencimento.",
  schema: z.object({
    DS_TOKEN_RDCONVERSAS: z.string().trim().min(1, "Informe o token fornecido na contratação do RD Conversas."),
    CD_CAMPO_ADIC_PESRDCONV: z.string().trim().min(1, "Informe o código do campo adicional (PESFL101) que guarda o ID do contato."),
    NR_CHIP_RDCONVERSAS: z.string().trim().min(8, "Informe o número do chip liberado no contrato, com DDD."),
    QT_DIAS_AVISO_VENC: z.coerce.number({ error: "Informe um número de dias." })
      .int("Informe um número inteiro de dias.").min(0, "Os dias de antecedência vão de 0 a 60.").max(60, "Os dias de antecedência vão de 0 a 60."),
    ID_INTEGRACAO_CHIP: z.string().default(""),
  }),
  fields: [
    { key: "DS_TOKEN_RDCONVERSAS", label: "Token (DS_TOKEN_RDCONVERSAS)", kind: "secret" },
    { key: "CD_CAMPO_ADIC_PESRDCONV", label: "Campo adicional do ID (CD_CAMPO_ADIC_PESRDCONV)", kind: "additionalField" },
    { key: "NR_CHIP_RDCONVERSAS", label: "Número do chip (NR_CHIP_RDCONVERSAS)", kind: "text", hint: "Ex.: (11) 99999-0001" },
    { key: "QT_DIAS_AVISO_VENC", label: "Dias de antecedência do aviso (QT_DIAS_AVISO_VENC)", kind: "number", hint: "2 em 23/05 ⇒ títulos que vencem em 25/05" },
  ],
  defaults: { DS_TOKEN_RDCONVERSAS: "", CD_CAMPO_ADIC_PESRDCONV: "RDCONV_ID", NR_CHIP_RDCONVERSAS: "", QT_DIAS_AVISO_VENC: 2, ID_INTEGRACAO_CHIP: "" },
  prepare: async (value) => (await import("./resolve-chip")).resolveChipOnSave(value),
  afterSave: async (value, ctx) => (await import("./module-account")).syncModuleAccount(ctx.db as never, value),
});

export type RdConfig = z.output<typeof rdConfigSetting.schema>;

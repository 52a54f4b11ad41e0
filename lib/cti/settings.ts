import { z } from "zod";
import { defineSetting } from "@/lib/settings/registry";

/** "Endereço do servidor do Smart CTI" and "Solicita justificativa ao efetuar logout da URA?" (seed 004). */
export const ctiSetting = defineSetting({
  code: "CTI_SMART_CTI",
  scope: "organization",
  module: "CTI",
  title: "Smart CTI",
  description: "Endereço do serviço de comandos do Smart CTI (em branco: SMARTCTI_URL do servidor, o PBX simulado no sandbox) e se o logout da URA pede justificativa.",
  schema: z.object({
    serverUrl: z.union([z.literal(""), z.string().trim().url("Informe a URL do servidor do Smart CTI, ex.: http://cti.empresa.local:8080/axis2/services/SmartCTIWSCommand.")]),
    askLogoutJustification: z.boolean(),
  }),
  fields: [
    { key: "serverUrl", label: "Endereço do servidor do Smart CTI", kind: "text" },
    { key: "askLogoutJustification", label: "Solicita justificativa ao efetuar logout da URA?", kind: "boolean" },
  ],
  defaults: { serverUrl: "", askLogoutJustification: false },
});

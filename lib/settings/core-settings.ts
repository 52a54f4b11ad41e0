import { z } from "zod";
import { defineSetting } from "./registry";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use o formato HH:MM, ex.: 21:00.");

/** Which phone type is the mobile phone: messaging producers only use phones of this type. */
export const mobilePhoneTypeSetting = defineSetting({
  code: "CD_TIPOFONE_CELULAR",
  scope: "company",
  module: "Cadastros",
  title: "Tipo de telefone celular",
  description: "Tipo de telefone considerado celular para envios por WhatsApp e SMS nesta empresa.",
  schema: z.object({ phoneTypeCode: z.string().trim().min(1, "Escolha o tipo de telefone.") }),
  fields: [{ key: "phoneTypeCode", label: "Tipo de telefone", kind: "phoneType" }],
  defaults: { phoneTypeCode: "CEL" },
});

/** Quiet hours: messages are held at dispatch between start and end (São Paulo time). */
export const quietHoursSetting = defineSetting({
  code: "HR_SILENCIO_ENVIOS",
  scope: "organization",
  module: "Mensageria",
  title: "Horário de silêncio",
  description: "Entre o início e o fim nenhuma mensagem é enviada; elas aguardam o fim do período.",
  schema: z.object({ enabled: z.boolean(), start: hhmm, end: hhmm }),
  fields: [
    { key: "enabled", label: "Respeitar horário de silêncio", kind: "boolean" },
    { key: "start", label: "Início", kind: "time" },
    { key: "end", label: "Fim", kind: "time" },
  ],
  defaults: { enabled: true, start: "21:00", end: "08:00" },
});

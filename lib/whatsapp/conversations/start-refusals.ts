import type { StartTarget } from "./start-target";

export const NOT_CONFIGURED = "Configure a API oficial do WhatsApp (Integração WhatsApp › Configurações) para iniciar conversas.";
export const OPTED_OUT = "Esta pessoa pediu para não receber mensagens por WhatsApp.";
export const NO_PHONE = "A pessoa não tem um celular principal cadastrado para o WhatsApp.";
export const OUTSIDE_WINDOW = "Fora da janela de 24 h: escolha um modelo aprovado.";

/** Why nothing can be sent to this person at all (whatever the message), in the order the operator should fix them. */
export function blockingProblems(target: Pick<StartTarget, "account" | "person" | "phone">): { field: string; message: string }[] {
  return [
    !target.account.officialAccountId && { field: "templateId", message: NOT_CONFIGURED },
    target.person.optOutWhatsapp && { field: "personId", message: OPTED_OUT },
    !target.phone && { field: "personId", message: NO_PHONE },
  ].filter((p): p is { field: string; message: string } => !!p);
}

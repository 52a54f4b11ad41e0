import type { BotMessageKind } from "@/db/schema";

/** Mensagens automáticas as a new account starts with (seed 002: boas-vindas, transferência, encerramentos). */
export const DEFAULT_BOT_MESSAGES: Record<BotMessageKind, string> = {
  welcome: "Olá! Você está falando com o atendimento virtual da #NOME_EMPRESA#. Como podemos ajudar?",
  transfer: "Aguarde um momento: estamos transferindo a sua conversa para um de nossos atendentes.",
  closing_operator: "Agradecemos o contato! A conversa foi encerrada pelo atendente. Se precisar, é só chamar.",
  closing_bot: "Como não recebemos resposta, encerramos este atendimento. Se precisar, é só chamar novamente.",
};

export const BOT_MESSAGE_LABELS: Record<BotMessageKind, string> = {
  welcome: "Boas-vindas",
  transfer: "Transferência para o operador",
  closing_operator: "Encerramento pelo operador",
  closing_bot: "Encerramento pelo chat bot",
};

/** Options the virtual assistant offers a debtor who writes first, in their default order. */
export const DEFAULT_MENU_OPTIONS: { code: string; label: string }[] = [
  { code: "second_copy", label: "Segunda via do boleto" },
  { code: "barcode", label: "Código de barras" },
  { code: "debts", label: "Consultar débitos" },
  { code: "negotiate", label: "Negociar dívida" },
  { code: "agreement", label: "Acompanhar acordo" },
  { code: "operator", label: "Falar com um atendente" },
];

/** What a fresh RD Conversas simulator holds: the sandbox token, two chips and five approved pt-BR templates. */
export const RD_SANDBOX_TOKEN = "sandbox-token-rd";

export type RdChip = { _id: string; phone: string; name: string; status: string };
export type RdTemplate = { _id: string; name: string; text: string; status: "APPROVED" | "PENDING" | "REJECTED" };

export const RD_SEED_CHIPS: readonly RdChip[] = [
  { _id: "64f0a1b2c3d4e5f600000001", phone: "+55 11 99999-0001", name: "Cobrança", status: "connected" },
  { _id: "64f0a1b2c3d4e5f600000002", phone: "+55 11 99999-0002", name: "Atendimento", status: "connected" },
];

export const RD_SEED_TEMPLATES: readonly RdTemplate[] = [
  {
    _id: "64f0a1b2c3d4e5f601000001", name: "lembrete_vencimento_boleto", status: "APPROVED",
    text: "Olá, {{1}}! Lembramos que o boleto de {{2}} vence em {{3}}. Linha digitável: {{4}}. Se você já pagou, desconsidere esta mensagem.",
  },
  {
    _id: "64f0a1b2c3d4e5f601000002", name: "lembrete_carne_pix", status: "APPROVED",
    text: "Oi, {{1}}! A parcela {{2}} do seu carnê, no valor de {{3}}, vence em {{4}}. Pague pelo PIX copia e cola: {{5}}",
  },
  {
    _id: "64f0a1b2c3d4e5f601000003", name: "pedido_enviado", status: "APPROVED",
    text: "{{1}}, seu pedido {{2}} foi enviado! Acompanhe a entrega com o código de rastreio {{3}}.",
  },
  {
    _id: "64f0a1b2c3d4e5f601000004", name: "pedido_entregue", status: "APPROVED",
    text: "{{1}}, seu pedido {{2}} foi entregue em {{3}}. Obrigado pela preferência!",
  },
  {
    _id: "64f0a1b2c3d4e5f601000005", name: "boas_vindas", status: "APPROVED",
    text: "Seja bem-vindo(a) à {{1}}, {{2}}! Por aqui você recebe avisos de cobrança e dos seus pedidos. Para não receber mais mensagens, responda SAIR.",
  },
];

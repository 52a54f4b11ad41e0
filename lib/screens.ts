/** Screens of the app, for the sidebar, the Ctrl+K palette and page headers. Safe to import on the client. */
export type Screen = {
  code: string;
  name: string;
  href: string;
  module: "Início" | "Cadastros" | "Atendimento" | "Mensageria" | "Integrações" | "Processos" | "Administração";
  adminOnly?: boolean;
  keywords?: string;
};

export const screens: Screen[] = [
  { code: "INICIO", name: "Painel", href: "/", module: "Início" },
  { code: "PESFM010", name: "Pessoas", href: "/people", module: "Cadastros", keywords: "clientes contatos cpf cnpj" },
  { code: "PESFM010-N", name: "Nova pessoa", href: "/people/new", module: "Cadastros", keywords: "cadastrar cliente" },
  { code: "PESFP079", name: "Envio de contatos em lote", href: "/people/send-contacts", module: "Cadastros", keywords: "rd conversas whatsapp contatos lote" },
  { code: "CTIFM001", name: "Gerenciador CTI", href: "/cti/manager", module: "Atendimento", keywords: "smart cti telefonia ramal agente operações" },
  { code: "CTIFC001", name: "Histórico de uso do CTI", href: "/cti/history", module: "Atendimento", keywords: "cti login logout justificativa" },
  { code: "CTIFC002", name: "Registro de chamadas", href: "/cti/calls", module: "Atendimento", keywords: "cti ligações chamadas não atendidas" },
  { code: "CRMFM010", name: "Ocorrências", href: "/crm/occurrences", module: "Atendimento", keywords: "crm protocolo reclamação solicitação chamados" },
  { code: "CRMFM001", name: "Leads", href: "/crm/leads", module: "Atendimento", keywords: "crm prospect novo lead" },
  { code: "CRMFM020", name: "Oportunidades", href: "/crm/opportunities", module: "Atendimento", keywords: "crm vendas proposta" },
  { code: "CRMFM030", name: "Histórico de contatos", href: "/crm/history", module: "Atendimento", keywords: "crm registrar histórico" },
  { code: "CRMFM040", name: "Tarefas", href: "/crm/tasks", module: "Atendimento", keywords: "crm registrar tarefa agenda" },
  { code: "INTFM037", name: "Configuração RD Conversas", href: "/integrations/rd-conversas", module: "Integrações", adminOnly: true, keywords: "rd conversas tallos whatsapp templates mensagens token chip vencimento" },
  { code: "INTFM037-E", name: "Notificações de estágio do pedido", href: "/integrations/rd-conversas/order-stages", module: "Integrações", adminOnly: true, keywords: "rd conversas pedidos estágios prateleira infinita omni" },
  { code: "WPPFM001", name: "Integração WhatsApp", href: "/whatsapp", module: "Integrações", adminOnly: true, keywords: "whatsapp api oficial meta plugmessage conta credor termo demonstrativo menu chat bot mensagens automáticas agente de envio" },
  { code: "WPPFM002", name: "Modelos de início de chat", href: "/whatsapp/templates", module: "Integrações", adminOnly: true, keywords: "whatsapp templates aprovação meta modelos coringas" },
  { code: "INTFM040", name: "Chaves da API de integração", href: "/admin/api-keys", module: "Integrações", adminOnly: true, keywords: "api erp chave token ingestão" },
  { code: "MSGFC001", name: "Log de mensagens", href: "/messages", module: "Mensageria", keywords: "outbox envios whatsapp falhas" },
  { code: "GERFC010", name: "Notificações", href: "/notifications", module: "Início", keywords: "avisos alertas sino notificações" },
  { code: "GERFP095", name: "Processos em segundo plano", href: "/scheduler", module: "Processos", keywords: "agendador agendamento cron execuções log executar agora" },
  { code: "ADMFM001", name: "Empresas", href: "/admin/companies", module: "Administração", adminOnly: true },
  { code: "CADFM050", name: "Credores", href: "/admin/creditors", module: "Cadastros", adminOnly: true, keywords: "credor cobrança cpf cnpj" },
  { code: "CADFM060", name: "Termos e demonstrativos", href: "/admin/documents", module: "Cadastros", adminOnly: true, keywords: "documentos termo de acordo demonstrativo de débito título original coringas" },
  { code: "ADMFM002", name: "Usuários", href: "/admin/users", module: "Administração", adminOnly: true, keywords: "senha perfil acesso" },
  { code: "PESFM020", name: "Tipos de telefone", href: "/admin/phone-types", module: "Administração", adminOnly: true },
  { code: "PESFL101", name: "Campos adicionais", href: "/admin/additional-fields", module: "Administração", adminOnly: true },
  { code: "GERFM001", name: "Parâmetros", href: "/admin/parameters", module: "Administração", adminOnly: true, keywords: "corporativos empresariais" },
  { code: "ADMFC010", name: "Auditoria", href: "/admin/audit", module: "Administração", adminOnly: true, keywords: "log alterações" },
  { code: "SANDBOX-RD", name: "Caixa de entrada do cliente", href: "/admin/sandbox/inbox", module: "Administração", adminOnly: true, keywords: "sandbox simulador rd conversas whatsapp mensagens recebidas" },
  { code: "SANDBOX-PBX", name: "PBX simulado", href: "/admin/sandbox/pbx", module: "Administração", adminOnly: true, keywords: "sandbox smart cti telefonia tocar ramal chamada" },
  { code: "SANDBOX-META", name: "Meta simulada (WhatsApp oficial)", href: "/admin/sandbox/meta", module: "Administração", adminOnly: true, keywords: "sandbox simulador meta whatsapp aprovar rejeitar modelo webhook mensagem do cliente" },
  { code: "SANDBOX-RD-F", name: "Falhas simuladas", href: "/admin/sandbox/faults", module: "Administração", adminOnly: true, keywords: "sandbox simulador rd conversas erros latência timeout 429" },
];

export const screenByCode = (code: string) => screens.find((s) => s.code === code);

export function searchScreens(query: string, role: "admin" | "operator"): Screen[] {
  const norm = (s: string) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const q = norm(query.trim());
  return screens
    .filter((s) => role === "admin" || !s.adminOnly)
    .filter((s) => !q || norm(`${s.code} ${s.name} ${s.module} ${s.keywords ?? ""}`).includes(q));
}

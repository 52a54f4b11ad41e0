/** The 10 operations every user gets, pointing at Recado's own CRM screens; they can only be enabled or disabled. */
export const DEFAULT_CTI_OPERATIONS = [
  { code: "new_lead", name: "Novo lead", url: "/crm/leads/new", takesInput: false },
  { code: "new_account", name: "Nova conta", url: "/crm/accounts/new", takesInput: false },
  { code: "new_contact", name: "Novo contato", url: "/crm/contacts/new", takesInput: false },
  { code: "account_detail", name: "Detalhe da conta", url: "/crm/accounts/:detail_code", takesInput: true },
  { code: "new_occurrence", name: "Nova ocorrência", url: "/crm/occurrences/new", takesInput: false },
  { code: "occurrence_detail", name: "Detalhe da ocorrência", url: "/crm/occurrences/:detail_code", takesInput: true },
  { code: "new_opportunity", name: "Nova oportunidade", url: "/crm/opportunities/new", takesInput: false },
  { code: "opportunity_detail", name: "Detalhe da oportunidade", url: "/crm/opportunities/:detail_code", takesInput: true },
  { code: "register_history", name: "Registrar histórico", url: "/crm/history/new", takesInput: false },
  { code: "register_task", name: "Registrar tarefa", url: "/crm/tasks/new", takesInput: false },
] as const;

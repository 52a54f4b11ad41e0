/** Portuguese names for the audit log's entities and actions; an unknown one is shown as stored. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  company: "Empresa",
  user: "Usuário",
  phone_type: "Tipo de telefone",
  additional_field: "Campo adicional",
  setting: "Parâmetro",
  person: "Pessoa",
  process_config: "Configuração de processo",
  process_run: "Execução de processo",
  outbox_message: "Mensagem",
  rd_message: "Mensagem RD Conversas",
  rd_order_stage_notifications: "Notificações de estágio",
  rd_contact_batch: "Lote de contatos (PESFP079)",
  order: "Pedido",
  api_key: "Chave de API",
  api_import: "Carga pela API",
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: "Inclusão",
  update: "Alteração",
  delete: "Exclusão",
  deactivate: "Desativação",
  reactivate: "Reativação",
  reset_password: "Troca de senha",
  activate: "Ativação",
  cancel: "Cancelamento",
  retry: "Reenvio",
  retry_failures: "Reenvio das falhas",
  test_send: "Envio de teste",
  stage: "Mudança de estágio",
  revoke: "Revogação",
  import: "Importação",
  manual: "Execução manual",
  rerun: "Reexecução",
};

export const auditEntityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity;
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

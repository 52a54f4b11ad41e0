/** Portuguese names for the audit log's entities and actions; an unknown one is shown as stored. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  company: "Empresa",
  user: "Usuário",
  phone_type: "Tipo de telefone",
  additional_field: "Campo adicional",
  setting: "Parâmetro",
  person: "Pessoa",
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: "Inclusão",
  update: "Alteração",
  delete: "Exclusão",
  deactivate: "Desativação",
  reactivate: "Reativação",
  reset_password: "Troca de senha",
};

export const auditEntityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity;
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

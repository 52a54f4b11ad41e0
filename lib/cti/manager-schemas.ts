import { z } from "zod";

/** The user's Smart CTI identity: what LogonPass needs besides the password. */
export const ctiAgentSchema = z.object({
  agentLogin: z.string().trim().min(1, "Informe o login do agente.").max(40, "Login com no máximo 40 caracteres."),
  extension: z.string().trim().min(1, "Informe o ramal.").max(10, "Ramal com no máximo 10 dígitos.")
    .regex(/^\d+$/, "Ramal deve conter apenas dígitos."),
  groupId: z.string().trim().min(1, "Informe o grupo.").max(40, "Grupo com no máximo 40 caracteres."),
});
export type CtiAgentInput = z.infer<typeof ctiAgentSchema>;

export const DETAIL_CODE_PLACEHOLDER = ":detail_code";

/** "abrir_pedido" ⇒ "Abrir pedido": the name a custom operation gets when none is given. */
export function operationNameFromCode(code: string): string {
  const words = code.trim().split(/_+/).filter(Boolean).join(" ");
  return words ? words[0]!.toUpperCase() + words.slice(1) : "";
}

const isOperationUrl = (url: string) => url.startsWith("/") ? !url.startsWith("//") : /^https?:\/\/[^\s/]+/i.test(url);

/** A custom operation; built-in ones are only enabled or disabled. */
export const ctiOperationSchema = z.object({
  id: z.number().int().positive().optional(),
  code: z.string().trim().min(1, "Informe o código.").max(40, "Código com no máximo 40 caracteres.")
    .regex(/^[a-z][a-z0-9_]*$/, "Código deve usar apenas letras minúsculas, dígitos e _ (ex.: abrir_pedido)."),
  name: z.string().trim().max(80, "Nome com no máximo 80 caracteres."),
  url: z.string().trim().min(1, "Informe a URL.").max(2000, "URL com no máximo 2000 caracteres.")
    .refine((url) => !/\s/.test(url) && isOperationUrl(url), "URL deve ser absoluta (http:// ou https://) ou um caminho do Recado começando com /."),
  takesInput: z.boolean(),
}).superRefine((op, issues) => {
  if (op.takesInput && !op.url.includes(DETAIL_CODE_PLACEHOLDER)) {
    issues.addIssue({ code: "custom", path: ["url"], message: "Operação com entrada: a URL deve conter :detail_code, onde o código informado é colocado." });
  }
});
export type CtiOperationInput = z.infer<typeof ctiOperationSchema>;

export const ctiOperationIdSchema = z.object({ id: z.number().int().positive() });

export const ctiOperationEnabledSchema = z.object({ id: z.number().int().positive(), enabled: z.boolean() });

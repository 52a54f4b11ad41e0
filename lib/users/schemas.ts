import { z } from "zod";

export const USER_ROLES = ["admin", "operator"] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const ROLE_LABELS: Record<UserRole, string> = { admin: "Administrador", operator: "Operador" };

const password = z.string()
  .min(8, "A senha deve ter ao menos 8 caracteres.")
  .max(128, "A senha deve ter no máximo 128 caracteres.");

/** Create and edit share one schema: the initial password is only asked (and required) on creation. */
export const userSchema = z.object({
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(2, "Informe o nome.").max(120, "No máximo 120 caracteres."),
  email: z.string().trim().toLowerCase().max(254, "No máximo 254 caracteres.").pipe(z.email("Informe um e-mail válido.")),
  role: z.enum(USER_ROLES, "Escolha o perfil."),
  password: z.string().optional(),
  companyIds: z.array(z.number().int().positive()).min(1, "Conceda acesso a pelo menos uma empresa."),
}).superRefine((user, issues) => {
  if (user.id) return;
  const result = password.safeParse(user.password ?? "");
  if (!result.success) issues.addIssue({ code: "custom", path: ["password"], message: result.error.issues[0]!.message });
});
export type UserInput = z.infer<typeof userSchema>;

export const setUserActiveSchema = z.object({ id: z.number().int().positive(), active: z.boolean() });
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const resetPasswordSchema = z.object({ id: z.number().int().positive(), password });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

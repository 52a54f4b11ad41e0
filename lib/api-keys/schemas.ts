import { z } from "zod";

/** INTFM040: the "Nova chave" form and the "apiKeys.create" action. */
export const createApiKeySchema = z.object({
  name: z.string().trim().min(2, "Informe um nome para a chave (ao menos 2 letras), ex.: ERP produção.")
    .max(60, "Nome com no máximo 60 caracteres."),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const apiKeyIdSchema = z.object({ id: z.number().int().positive() });

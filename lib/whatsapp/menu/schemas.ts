import { z } from "zod";

const optionId = z.number().int().positive();

/** "Editar" of a menu option: description and the "Ativo" flag. */
export const saveMenuOptionSchema = z.object({
  id: optionId,
  label: z.string().trim()
    .min(2, "A descrição precisa de ao menos 2 caracteres.")
    .max(60, "A descrição pode ter no máximo 60 caracteres."),
  active: z.boolean(),
});
export type SaveMenuOptionInput = z.output<typeof saveMenuOptionSchema>;

/** The arrows: swap with the option above or below. */
export const moveMenuOptionSchema = z.object({ id: optionId, direction: z.enum(["up", "down"], "Direção inválida.") });
export type MoveMenuOptionInput = z.output<typeof moveMenuOptionSchema>;

/** "Menu interativo" and "Assistente virtual" toggles. */
export const menuToggleSchema = z.object({ enabled: z.boolean() });
export type MenuToggleInput = z.output<typeof menuToggleSchema>;

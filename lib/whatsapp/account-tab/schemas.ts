import { z } from "zod";

/** A select's value: "" (none chosen) or an id. */
const optionalId = z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]).nullable()
  .transform((v) => v ?? null);

export const accountTabSchema = z.object({
  agreementTermId: optionalId,
  debtStatementId: optionalId,
  signingUserId: optionalId,
  adminUserId: optionalId,
});
export type AccountTabInput = z.input<typeof accountTabSchema>;
export type AccountTabValues = z.output<typeof accountTabSchema>;

/** The document pair an account or a creditor override chooses. */
export const documentChoiceSchema = accountTabSchema.pick({ agreementTermId: true, debtStatementId: true });
export type DocumentChoice = z.output<typeof documentChoiceSchema>;

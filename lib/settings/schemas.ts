import { z } from "zod";

export const updateSettingSchema = z.object({
  code: z.string().min(1),
  /** Required for company parameters, absent for corporate ones. */
  companyId: z.number().int().positive().optional(),
  value: z.record(z.string(), z.unknown()),
});
export type UpdateSettingInput = z.infer<typeof updateSettingSchema>;

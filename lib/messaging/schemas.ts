import { z } from "zod";

export const messageIdSchema = z.object({ id: z.number().int().positive() });
export type MessageIdInput = z.infer<typeof messageIdSchema>;

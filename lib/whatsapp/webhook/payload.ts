import { z } from "zod";

/**
 * Meta's webhook envelope (whatsapp_business_account), parsed leniently: unknown fields are dropped, and each change
 * and item is parsed on its own so one odd item never hides the others.
 */
export const webhookEnvelope = z.object({
  object: z.string(),
  entry: z.array(z.object({
    id: z.string().optional(),
    time: z.number().optional(),
    changes: z.array(z.object({ field: z.string(), value: z.unknown() })).default([]),
  })).default([]),
});

const unixSeconds = z.union([z.string(), z.number()]).transform((v) => Number(v)).pipe(z.number().int().positive());

export const messagesValue = z.object({
  statuses: z.array(z.unknown()).default([]),
  messages: z.array(z.unknown()).default([]),
  contacts: z.array(z.unknown()).default([]),
});

export const statusItem = z.object({
  id: z.string().min(1),
  status: z.string(),
  timestamp: unixSeconds,
  recipient_id: z.string().optional(),
  errors: z.array(z.object({
    code: z.union([z.number(), z.string()]).transform(String),
    title: z.string().optional(),
    message: z.string().optional(),
  })).optional(),
});
export type StatusItem = z.infer<typeof statusItem>;

export const inboundItem = z.object({
  from: z.string().regex(/^\d{8,15}$/),
  id: z.string().min(1),
  timestamp: unixSeconds,
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
});
export type InboundItem = z.infer<typeof inboundItem>;

export const contactItem = z.object({ wa_id: z.string(), profile: z.object({ name: z.string() }).optional() });

export const templateStatusValue = z.object({
  event: z.string(),
  message_template_id: z.union([z.number(), z.string()]).transform(String),
  message_template_name: z.string().optional(),
  message_template_language: z.string().optional(),
  reason: z.string().nullish(),
});
export type TemplateStatusValue = z.infer<typeof templateStatusValue>;

export const issuesText = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join(".") || "corpo"}: ${i.message}`).join("; ");

import { z } from "zod";
import { defineAction } from "@/lib/core/action";
import { createTemplate } from "./templates/create-template";
import { deleteTemplate } from "./templates/delete-template";
import { resubmitTemplate } from "./templates/resubmit-template";
import { saveTemplateMapping } from "./templates/save-template-mapping";
import { createTemplateSchema, resubmitTemplateSchema, templateIdSchema, templateMappingSchema } from "./templates/schemas";
import { syncTemplates } from "./templates/sync-templates";

/** Template approval (Modelos de início de chat). The Meta calls run outside the action transaction. */
export const whatsappTemplateActions = {
  "whatsapp.createTemplate": defineAction({ role: "admin", input: createTemplateSchema, service: createTemplate, transaction: false }),
  "whatsapp.resubmitTemplate": defineAction({ role: "admin", input: resubmitTemplateSchema, service: resubmitTemplate, transaction: false }),
  "whatsapp.deleteTemplate": defineAction({ role: "admin", input: templateIdSchema, service: deleteTemplate, transaction: false }),
  "whatsapp.syncTemplates": defineAction({ role: "admin", input: z.object({}), service: syncTemplates, transaction: false }),
  "whatsapp.mapTemplate": defineAction({ role: "admin", input: templateMappingSchema, service: saveTemplateMapping }),
};

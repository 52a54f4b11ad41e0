import { defineAction } from "@/lib/core/action";
import { deleteDocumentTemplate } from "./delete-document-template";
import { saveDocumentTemplate } from "./save-document-template";
import { documentTemplateIdSchema, documentTemplateSchema } from "./schemas";

export const documentActions = {
  "documents.save": defineAction({ role: "admin", input: documentTemplateSchema, service: saveDocumentTemplate }),
  "documents.delete": defineAction({ role: "admin", input: documentTemplateIdSchema, service: deleteDocumentTemplate }),
};

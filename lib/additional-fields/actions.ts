import { defineAction } from "@/lib/core/action";
import { deleteAdditionalField } from "./delete-additional-field";
import { saveAdditionalField } from "./save-additional-field";
import { additionalFieldIdSchema, additionalFieldSchema } from "./schemas";

export const additionalFieldActions = {
  "additionalFields.save": defineAction({ role: "admin", input: additionalFieldSchema, service: saveAdditionalField }),
  "additionalFields.delete": defineAction({ role: "admin", input: additionalFieldIdSchema, service: deleteAdditionalField }),
};

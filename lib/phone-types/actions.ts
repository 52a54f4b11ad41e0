import { defineAction } from "@/lib/core/action";
import { deletePhoneType } from "./delete-phone-type";
import { savePhoneType } from "./save-phone-type";
import { phoneTypeIdSchema, phoneTypeSchema } from "./schemas";

export const phoneTypeActions = {
  "phoneTypes.save": defineAction({ role: "admin", input: phoneTypeSchema, service: savePhoneType }),
  "phoneTypes.delete": defineAction({ role: "admin", input: phoneTypeIdSchema, service: deletePhoneType }),
};

import { defineAction } from "@/lib/core/action";
import { removeCreditorOverride } from "./creditor-settings/remove-creditor-override";
import { saveCreditorOverride } from "./creditor-settings/save-creditor-override";
import { creditorOverrideIdSchema, creditorOverrideSchema } from "./creditor-settings/schemas";

export const whatsappCreditorSettingsActions = {
  "whatsapp.saveCreditorOverride": defineAction({ role: "admin", input: creditorOverrideSchema, service: saveCreditorOverride }),
  "whatsapp.removeCreditorOverride": defineAction({ role: "admin", input: creditorOverrideIdSchema, service: removeCreditorOverride }),
};

import { defineAction } from "@/lib/core/action";
import { updateSettingSchema } from "./schemas";
import { updateSetting } from "./update-setting";

export const settingActions = {
  "settings.update": defineAction({ role: "admin", input: updateSettingSchema, service: updateSetting }),
};

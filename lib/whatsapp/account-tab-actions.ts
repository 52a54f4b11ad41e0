import { defineAction } from "@/lib/core/action";
import { saveAccountTab } from "./account-tab/save-account-tab";
import { accountTabSchema } from "./account-tab/schemas";

export const whatsappAccountTabActions = {
  "whatsapp.saveAccountTab": defineAction({ role: "admin", input: accountTabSchema, service: saveAccountTab }),
};

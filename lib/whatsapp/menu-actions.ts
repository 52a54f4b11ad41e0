import { defineAction } from "@/lib/core/action";
import { moveMenuOption } from "./menu/move-menu-option";
import { saveMenuOption } from "./menu/save-menu-option";
import { menuToggleSchema, moveMenuOptionSchema, saveMenuOptionSchema } from "./menu/schemas";
import { setInteractiveMenu } from "./menu/set-interactive-menu";
import { setVirtualAssistant } from "./menu/set-virtual-assistant";

/** "Menu" tab of WPPFM001. */
export const whatsappMenuActions = {
  "whatsapp.saveMenuOption": defineAction({ role: "admin", input: saveMenuOptionSchema, service: saveMenuOption }),
  "whatsapp.moveMenuOption": defineAction({ role: "admin", input: moveMenuOptionSchema, service: moveMenuOption }),
  "whatsapp.setInteractiveMenu": defineAction({ role: "admin", input: menuToggleSchema, service: setInteractiveMenu }),
  "whatsapp.setVirtualAssistant": defineAction({ role: "admin", input: menuToggleSchema, service: setVirtualAssistant }),
};

import { defineAction } from "@/lib/core/action";
import { saveBotMessage } from "./bot/save-bot-message";
import { saveBotMessageSchema } from "./bot/schemas";

/** "Mensagens automáticas" tab of WPPFM001. */
export const whatsappBotActions = {
  "whatsapp.saveBotMessage": defineAction({ role: "admin", input: saveBotMessageSchema, service: saveBotMessage }),
};

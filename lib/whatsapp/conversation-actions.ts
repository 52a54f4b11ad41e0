import { z } from "zod";
import { defineAction } from "@/lib/core/action";
import { listStartableTemplates } from "./conversations/list-startable-templates";
import { previewConversationStart } from "./conversations/preview-conversation-start";
import { previewConversationStartSchema, startConversationSchema } from "./conversations/schemas";
import { startConversation } from "./conversations/start-conversation";

export const whatsappConversationActions = {
  "whatsapp.listStartableTemplates": defineAction({ role: "operator", input: z.object({}).optional(), service: listStartableTemplates }),
  "whatsapp.previewConversationStart": defineAction({ role: "operator", input: previewConversationStartSchema, service: previewConversationStart }),
  "whatsapp.startConversation": defineAction({ role: "operator", input: startConversationSchema, service: startConversation }),
};

import { defineAction } from "@/lib/core/action";
import { cancelMessage } from "./cancel-message";
import { retryMessage } from "./retry-message";
import { messageIdSchema } from "./schemas";

export const messagingActions = {
  "messages.retry": defineAction({ role: "admin", input: messageIdSchema, service: retryMessage }),
  "messages.cancel": defineAction({ role: "admin", input: messageIdSchema, service: cancelMessage }),
};

import { defineAction } from "@/lib/core/action";
import {
  createRdMessagesSchema, rdMessageIdSchema, replicateRdMessageSchema, saveRdMessageSchema, sendRdTestMessageSchema, testRdConnectionSchema,
} from "./config-schemas";
import { createRdMessages } from "./config/create-rd-messages";
import { deleteRdMessage } from "./config/delete-rd-message";
import { replicateRdMessage } from "./config/replicate-rd-message";
import { saveRdMessage } from "./config/save-rd-message";
import { sendRdTestMessage } from "./config/send-rd-test-message";
import { testRdConnection } from "./config/test-rd-connection";

/** Actions of INTFM037 (configuration, messages, templates, replicate, test send); the provider-calling ones manage their own transaction. */
export const rdConfigActions = {
  "rd.testConnection": defineAction({ role: "admin", input: testRdConnectionSchema, service: testRdConnection, transaction: false }),
  "rd.createMessages": defineAction({ role: "admin", input: createRdMessagesSchema, service: createRdMessages, transaction: false }),
  "rd.saveMessage": defineAction({ role: "admin", input: saveRdMessageSchema, service: saveRdMessage, transaction: false }),
  "rd.deleteMessage": defineAction({ role: "admin", input: rdMessageIdSchema, service: deleteRdMessage }),
  "rd.sendTestMessage": defineAction({ role: "admin", input: sendRdTestMessageSchema, service: sendRdTestMessage, transaction: false }),
  "rd.replicateMessage": defineAction({ role: "admin", input: replicateRdMessageSchema, service: replicateRdMessage }),
};

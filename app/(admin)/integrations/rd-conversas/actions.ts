"use server";
import { runAction } from "@/lib/core/run-action";

export async function testRdConnection(input: unknown) {
  return runAction("rd.testConnection", input);
}

export async function createRdMessages(input: unknown) {
  return runAction("rd.createMessages", input);
}

export async function saveRdMessage(input: unknown) {
  return runAction("rd.saveMessage", input);
}

export async function deleteRdMessage(input: unknown) {
  return runAction("rd.deleteMessage", input);
}

export async function sendRdTestMessage(input: unknown) {
  return runAction("rd.sendTestMessage", input);
}

export async function replicateRdMessage(input: unknown) {
  return runAction("rd.replicateMessage", input);
}

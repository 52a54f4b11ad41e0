"use server";
import { runAction } from "@/lib/core/run-action";

export async function previewConversationStart(input: unknown) {
  return runAction("whatsapp.previewConversationStart", input);
}

export async function startConversation(input: unknown) {
  return runAction("whatsapp.startConversation", input);
}

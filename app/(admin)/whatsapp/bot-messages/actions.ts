"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveBotMessage(input: unknown) {
  return runAction("whatsapp.saveBotMessage", input);
}

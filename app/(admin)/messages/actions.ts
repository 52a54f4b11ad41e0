"use server";
import { runAction } from "@/lib/core/run-action";

export async function retryMessage(input: unknown) {
  return runAction("messages.retry", input);
}

export async function cancelMessage(input: unknown) {
  return runAction("messages.cancel", input);
}

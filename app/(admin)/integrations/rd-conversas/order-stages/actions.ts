"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveOrderStageNotifications(input: unknown) {
  return runAction("rdOrderStages.save", input);
}

"use server";
import { runAction } from "@/lib/core/run-action";

export async function updateSetting(input: unknown) {
  return runAction("settings.update", input);
}

"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveAdditionalField(input: unknown) {
  return runAction("additionalFields.save", input);
}

export async function deleteAdditionalField(input: unknown) {
  return runAction("additionalFields.delete", input);
}

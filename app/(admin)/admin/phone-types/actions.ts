"use server";
import { runAction } from "@/lib/core/run-action";

export async function savePhoneType(input: unknown) {
  return runAction("phoneTypes.save", input);
}

export async function deletePhoneType(input: unknown) {
  return runAction("phoneTypes.delete", input);
}

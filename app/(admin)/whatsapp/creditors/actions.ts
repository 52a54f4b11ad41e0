"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveCreditorOverride(input: unknown) {
  return runAction("whatsapp.saveCreditorOverride", input);
}

export async function removeCreditorOverride(input: unknown) {
  return runAction("whatsapp.removeCreditorOverride", input);
}

"use server";
import { runAction } from "@/lib/core/run-action";

export async function savePerson(input: unknown) {
  return runAction("people.save", input);
}

export async function savePhoneNumber(input: unknown) {
  return runAction("people.savePhoneNumber", input);
}

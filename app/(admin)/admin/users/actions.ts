"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveUser(input: unknown) {
  return runAction("users.save", input);
}

export async function setUserActive(input: unknown) {
  return runAction("users.setActive", input);
}

export async function resetUserPassword(input: unknown) {
  return runAction("users.resetPassword", input);
}

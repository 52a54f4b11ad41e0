"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveCreditor(input: unknown) {
  return runAction("creditors.save", input);
}

export async function setCreditorActive(input: unknown) {
  return runAction("creditors.setActive", input);
}

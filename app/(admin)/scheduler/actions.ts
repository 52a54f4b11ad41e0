"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveProcessConfig(input: unknown) {
  return runAction("scheduler.save", input);
}

export async function setProcessConfigActive(input: unknown) {
  return runAction("scheduler.setActive", input);
}

export async function deleteProcessConfig(input: unknown) {
  return runAction("scheduler.delete", input);
}

export async function runProcessNow(input: unknown) {
  return runAction("scheduler.runNow", input);
}

export async function cancelProcessRun(input: unknown) {
  return runAction("scheduler.cancelRun", input);
}

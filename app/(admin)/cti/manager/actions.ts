"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveCtiAgent(input: unknown) {
  return runAction("ctiManager.saveAgent", input);
}

export async function saveCtiOperation(input: unknown) {
  return runAction("ctiManager.saveOperation", input);
}

export async function deleteCtiOperation(input: unknown) {
  return runAction("ctiManager.deleteOperation", input);
}

export async function setCtiOperationEnabled(input: unknown) {
  return runAction("ctiManager.setOperationEnabled", input);
}

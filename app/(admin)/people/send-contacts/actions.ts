"use server";
import { runAction } from "@/lib/core/run-action";

export async function startContactBatch(input: unknown) {
  return runAction("rdContacts.startBatch", input);
}

export async function cancelContactBatch(input: unknown) {
  return runAction("rdContacts.cancelBatch", input);
}

export async function retryContactBatchFailures(input: unknown) {
  return runAction("rdContacts.retryFailures", input);
}

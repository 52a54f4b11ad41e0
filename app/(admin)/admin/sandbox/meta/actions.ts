"use server";
import { runAction } from "@/lib/core/run-action";

export async function reviewMetaSandboxTemplate(input: unknown) {
  return runAction("metaSandbox.review", input);
}

export async function setMetaSandboxReviewRules(input: unknown) {
  return runAction("metaSandbox.setReviewRules", input);
}

export async function setMetaSandboxStatusOptions(input: unknown) {
  return runAction("metaSandbox.setStatusOptions", input);
}

export async function sendMetaSandboxCustomerMessage(input: unknown) {
  return runAction("metaSandbox.customerMessage", input);
}

export async function resetMetaSandbox(input: unknown) {
  return runAction("metaSandbox.reset", input);
}

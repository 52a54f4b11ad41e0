"use server";
import { runAction } from "@/lib/core/run-action";

export async function ringSandboxExtension(input: unknown) {
  return runAction("ctiSandbox.ring", input);
}

export async function answerSandboxCall(input: unknown) {
  return runAction("ctiSandbox.answer", input);
}

export async function hangUpSandboxCall(input: unknown) {
  return runAction("ctiSandbox.hangUp", input);
}

export async function setSandboxPbxFailures(input: unknown) {
  return runAction("ctiSandbox.setFailures", input);
}

export async function resetSandboxPbx(input: unknown) {
  return runAction("ctiSandbox.reset", input);
}

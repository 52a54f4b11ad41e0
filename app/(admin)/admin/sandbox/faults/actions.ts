"use server";
import { runAction } from "@/lib/core/run-action";

export async function setSandboxFaults(input: unknown) {
  return runAction("sandbox.setFaults", input);
}

export async function resetSandbox(input: unknown) {
  return runAction("sandbox.reset", input);
}

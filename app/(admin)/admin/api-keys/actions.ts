"use server";
import { runAction } from "@/lib/core/run-action";

export async function createApiKey(input: unknown) {
  return runAction("apiKeys.create", input);
}

export async function revokeApiKey(input: unknown) {
  return runAction("apiKeys.revoke", input);
}

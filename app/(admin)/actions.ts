"use server";
import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { revokeSession } from "@/lib/auth/revoke-session";
import { systemClock } from "@/lib/core/clock";
import { currentPrincipal } from "@/lib/core/request-context";
import { runAction } from "@/lib/core/run-action";

export async function switchCompany(input: unknown) {
  return runAction("session.switchCompany", input);
}

export async function logout() {
  const principal = await currentPrincipal();
  if (principal) await revokeSession(getDb(), principal.userId, principal.sessionId, systemClock);
  await signOut({ redirectTo: "/login" });
}

"use server";
import { signOut } from "@/auth";
import { runAction } from "@/lib/core/run-action";

export async function switchCompany(input: unknown) {
  return runAction("session.switchCompany", input);
}

export async function logout() {
  await signOut({ redirectTo: "/login" });
}

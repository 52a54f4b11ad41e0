"use server";
import { runAction } from "@/lib/core/run-action";

export async function ctiLoginAction(input: unknown) {
  return runAction("cti.login", input);
}

export async function ctiLogoutAction(input: unknown) {
  return runAction("cti.logout", input);
}

export async function ctiPauseAction(input: unknown) {
  return runAction("cti.pause", input);
}

export async function ctiResumeAction(input: unknown) {
  return runAction("cti.resume", input);
}

export async function ctiDialAction(input: unknown) {
  return runAction("cti.dial", input);
}

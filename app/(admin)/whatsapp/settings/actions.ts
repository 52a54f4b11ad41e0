"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveApiMode(input: unknown) {
  return runAction("whatsapp.saveApiMode", input);
}

export async function saveOfficialApi(input: unknown) {
  return runAction("whatsapp.saveOfficialApi", input);
}

export async function saveSendAgent(input: unknown) {
  return runAction("whatsapp.saveSendAgent", input);
}

export async function connectPlugMessage(input: unknown) {
  return runAction("whatsapp.connectPlugMessage", input);
}

export async function disconnectPlugMessage(input: unknown) {
  return runAction("whatsapp.disconnectPlugMessage", input);
}

export async function simulatePlugScan(input: unknown) {
  return runAction("whatsapp.simulatePlugScan", input);
}

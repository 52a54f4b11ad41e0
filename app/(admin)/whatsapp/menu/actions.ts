"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveMenuOption(input: unknown) {
  return runAction("whatsapp.saveMenuOption", input);
}

export async function moveMenuOption(input: unknown) {
  return runAction("whatsapp.moveMenuOption", input);
}

export async function setInteractiveMenu(input: unknown) {
  return runAction("whatsapp.setInteractiveMenu", input);
}

export async function setVirtualAssistant(input: unknown) {
  return runAction("whatsapp.setVirtualAssistant", input);
}

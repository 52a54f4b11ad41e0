"use server";
import { runAction } from "@/lib/core/run-action";

export async function createWhatsappTemplate(input: unknown) {
  return runAction("whatsapp.createTemplate", input);
}

export async function resubmitWhatsappTemplate(input: unknown) {
  return runAction("whatsapp.resubmitTemplate", input);
}

export async function deleteWhatsappTemplate(input: unknown) {
  return runAction("whatsapp.deleteTemplate", input);
}

export async function syncWhatsappTemplates(input: unknown) {
  return runAction("whatsapp.syncTemplates", input);
}

export async function mapWhatsappTemplate(input: unknown) {
  return runAction("whatsapp.mapTemplate", input);
}

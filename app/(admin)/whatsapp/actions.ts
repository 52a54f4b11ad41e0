"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveWhatsappAccountTab(input: unknown) {
  return runAction("whatsapp.saveAccountTab", input);
}

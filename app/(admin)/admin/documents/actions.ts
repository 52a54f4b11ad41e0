"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveDocumentTemplate(input: unknown) {
  return runAction("documents.save", input);
}

export async function deleteDocumentTemplate(input: unknown) {
  return runAction("documents.delete", input);
}

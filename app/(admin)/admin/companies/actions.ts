"use server";
import { runAction } from "@/lib/core/run-action";

export async function saveCompany(input: unknown) {
  return runAction("companies.save", input);
}

export async function deleteCompany(input: unknown) {
  return runAction("companies.delete", input);
}

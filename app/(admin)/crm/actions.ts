"use server";
import { runAction } from "@/lib/core/run-action";

export async function createLead(input: unknown) {
  return runAction("crm.createLead", input);
}

export async function createOccurrence(input: unknown) {
  return runAction("crm.createOccurrence", input);
}

export async function createOpportunity(input: unknown) {
  return runAction("crm.createOpportunity", input);
}

export async function createHistory(input: unknown) {
  return runAction("crm.createHistory", input);
}

export async function createTask(input: unknown) {
  return runAction("crm.createTask", input);
}

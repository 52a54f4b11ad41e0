import { rdSandboxState } from "@/lib/providers/rdconversas/sandbox-state";
import type { RdContact } from "@/lib/providers/rdconversas/simulator-state";
import { ensureSandbox } from "./ensure-sandbox";

/** Contacts registered at the simulator (PESFP079 and person saves), newest first; `phone` matches any part of the digits. */
export async function listSandboxContacts({ input }: { input: { phone?: string; limit: number } }) {
  ensureSandbox();
  const digits = input.phone?.replace(/\D/g, "") ?? "";
  const state = rdSandboxState();
  const all = [...state.contacts.values()].filter((c) => !digits || c.phone.includes(digits)).reverse();
  const chipName = new Map(state.chips.map((c) => [c._id, c.name]));
  const rows = all.slice(0, input.limit).map((c: RdContact) => ({ ...c, chip: chipName.get(c.integration) ?? c.integration }));
  return { rows, total: all.length };
}

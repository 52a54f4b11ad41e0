import { rdSandboxState } from "@/lib/providers/rdconversas/sandbox-state";
import { ensureSandbox } from "./ensure-sandbox";

/** Back to the seeded simulator: inbox, contacts, delivery counters and faults cleared. */
export async function resetSandbox(): Promise<{ reset: true }> {
  ensureSandbox();
  rdSandboxState().reset();
  return { reset: true };
}

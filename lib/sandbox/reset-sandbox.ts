import { metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { plugSandboxState } from "@/lib/providers/plugmessage/sandbox-state";
import { rdSandboxState } from "@/lib/providers/rdconversas/sandbox-state";
import { ensureSandbox } from "./ensure-sandbox";

/**
 * Back to the seeded simulators: inboxes, contacts, delivery counters and faults cleared. The Meta simulator keeps its
 * registered apps (they mirror the saved "Configurações"); PlugMessage sessions end (reconnect with the QR code).
 */
export async function resetSandbox(): Promise<{ reset: true }> {
  ensureSandbox();
  rdSandboxState().reset();
  metaSandboxState().reset({ keepApps: true });
  plugSandboxState().reset();
  return { reset: true };
}

import { metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { ensureSandbox } from "../ensure-sandbox";

/** Clears templates, messages, windows, the deliveries log and the options; registered apps stay so configured accounts keep working. */
export async function resetMetaSandbox(): Promise<{ reset: true }> {
  ensureSandbox();
  metaSandboxState().reset({ keepApps: true });
  return { reset: true };
}

import { metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { ensureSandbox } from "../ensure-sandbox";
import type { MetaSandboxStatusOptionsInput } from "./schemas";
import { throwSimulatorRefusal } from "./simulator-refusal";

/** How the simulator reports sends from now on: "read" automatically or not, and the share of out-of-order callbacks. */
export async function setMetaSandboxStatusOptions({ input }: { input: MetaSandboxStatusOptionsInput }) {
  ensureSandbox();
  const result = metaSandboxState().setStatusOptions({ autoRead: input.autoRead, shuffle: input.shufflePercent / 100 });
  if (!result.ok) throwSimulatorRefusal(result, { shuffle: "shufflePercent" });
  return result.value;
}

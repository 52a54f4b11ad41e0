import { metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { ensureSandbox } from "../ensure-sandbox";
import { splitWordList, type MetaSandboxReviewRulesInput } from "./schemas";
import { throwSimulatorRefusal } from "./simulator-refusal";

/** Automatic review for the whole process: the delay (or manual only) and the words that get a template rejected. */
export async function setMetaSandboxReviewRules({ input }: { input: MetaSandboxReviewRulesInput }) {
  ensureSandbox();
  const result = metaSandboxState().setReviewRules({
    autoReviewMs: input.manualOnly ? null : Math.round(input.delaySeconds * 1000),
    rejectWords: splitWordList(input.rejectWords),
  });
  if (!result.ok) throwSimulatorRefusal(result, { autoReviewMs: "delaySeconds" });
  return result.value;
}

import { metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { reviewMetaTemplate } from "@/lib/providers/meta/simulator-control";
import { ensureSandbox } from "../ensure-sandbox";
import type { MetaSandboxReviewInput } from "./schemas";
import { throwSimulatorRefusal } from "./simulator-refusal";

/** "Aprovar" / "Rejeitar" in the sandbox: the template's status changes and its app gets the status webhook. */
export async function reviewMetaSandboxTemplate({ input }: { input: MetaSandboxReviewInput }) {
  ensureSandbox();
  const result = reviewMetaTemplate(metaSandboxState(), input.templateId, { decision: input.decision, reason: input.reason });
  if (!result.ok) throwSimulatorRefusal(result);
  return result.value;
}

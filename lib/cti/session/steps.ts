import { CTI_STEP_LABELS, type CtiAgentRef, type CtiCommandResult, type CtiCommands } from "@/lib/cti/commands";
import { ServiceError } from "@/lib/core/errors";

export type CtiFailure = Extract<CtiCommandResult, { ok: false }>;

/** NotReadyPass → LogoffPass → AgentOutOfService; stops at the first failure unless `bestEffort`. */
export async function runLogoutSequence(
  commands: CtiCommands, ref: CtiAgentRef, options: { bestEffort?: boolean } = {},
): Promise<{ failure: CtiFailure | null; notReadyDone: boolean }> {
  const steps = [
    () => commands.notReadyPass(ref),
    () => commands.logoffPass(ref),
    () => commands.agentOutOfService({ device: ref.device }),
  ];
  let failure: CtiFailure | null = null;
  let notReadyDone = false;
  for (const [i, step] of steps.entries()) {
    const result = await step();
    if (result.ok) {
      if (i === 0) notReadyDone = true;
      continue;
    }
    failure ??= result;
    if (!options.bestEffort) break;
    console.warn(`[cti] ${CTI_STEP_LABELS[result.command]} falhou no ramal ${ref.device}: ${result.message}`);
  }
  return { failure, notReadyDone };
}

/** "O login falhou ao login do agente (LogonPass): senha inválida" — names the step and the PBX's message. */
export function stepError(prefix: string, failure: CtiFailure, suffix = ""): ServiceError {
  const code = failure.code === null ? "PROVIDER_UNAVAILABLE" : "PROVIDER_REJECTED";
  const pbxCode = failure.code === null ? "" : ` (código ${failure.code})`;
  return new ServiceError(code, `${prefix} na etapa ${CTI_STEP_LABELS[failure.command]}: ${failure.message}${pbxCode}.${suffix}`);
}

import { normalizePhone } from "@/lib/br/phone";
import { invalid } from "@/lib/core/errors";
import { rdSandboxState } from "@/lib/providers/rdconversas/sandbox-state";
import type { RdFaults } from "@/lib/providers/rdconversas/simulator-state";
import { ensureSandbox } from "./ensure-sandbox";
import { splitPhoneList, type SandboxFaultsInput } from "./schemas";

const formField: Record<string, string> = {
  latencyMs: "latencyMs", share5xx: "percent5xx", share429: "percent429", retryAfterSeconds: "retryAfterSeconds",
  shareTimeout: "percentTimeout", invalidToken: "invalidToken", failingNumbers: "failingNumbers",
};

/** Replaces the RD Conversas simulator's faults for the whole process (no database: the sandbox lives in memory). */
export async function setSandboxFaults({ input }: { input: SandboxFaultsInput }): Promise<RdFaults> {
  ensureSandbox();
  const result = rdSandboxState().setFaults({
    latencyMs: input.latencyMs,
    share5xx: input.percent5xx / 100,
    share429: input.percent429 / 100,
    retryAfterSeconds: input.retryAfterSeconds,
    shareTimeout: input.percentTimeout / 100,
    invalidToken: input.invalidToken,
    failingNumbers: splitPhoneList(input.failingNumbers).map((raw) => {
      const phone = normalizePhone(raw);
      return phone.ok ? phone.e164 : raw;
    }),
  });
  if (!result.ok) {
    const [key, messages] = Object.entries(result.errors)[0]!;
    throw invalid(formField[key.split(".")[0]!] ?? "root", messages[0]!);
  }
  return result.faults;
}

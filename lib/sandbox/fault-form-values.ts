import { formatPhone } from "@/lib/br/phone";
import type { RdFaults } from "@/lib/providers/rdconversas/simulator-state";
import type { SandboxFaultsInput } from "./schemas";

// Shares are 0-1 in the simulator and whole percentages on the form.
const toPercent = (share: number) => Math.round(share * 1000) / 10;

export const faultFormValues = (faults: RdFaults): SandboxFaultsInput => ({
  latencyMs: faults.latencyMs,
  percent5xx: toPercent(faults.share5xx),
  percent429: toPercent(faults.share429),
  retryAfterSeconds: faults.retryAfterSeconds,
  percentTimeout: toPercent(faults.shareTimeout),
  invalidToken: faults.invalidToken,
  failingNumbers: faults.failingNumbers.map(formatPhone).join("\n"),
});

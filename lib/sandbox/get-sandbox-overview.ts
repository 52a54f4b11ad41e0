import { RD_SANDBOX_BASE_PATH, rdSandboxState } from "@/lib/providers/rdconversas/sandbox-state";
import { RD_SANDBOX_TOKEN } from "@/lib/providers/rdconversas/simulator-seed";
import { ensureSandbox } from "./ensure-sandbox";
import { faultFormValues } from "./fault-form-values";

/** What the "Falhas simuladas" page shows: current faults as form values and how to point an account at the simulator. */
export async function getSandboxOverview() {
  ensureSandbox();
  const state = rdSandboxState();
  return {
    faults: faultFormValues(state.faults),
    basePath: RD_SANDBOX_BASE_PATH,
    token: RD_SANDBOX_TOKEN,
    chips: state.chips.map((c) => ({ id: c._id, name: c.name, phone: c.phone })),
    templates: state.templates.map((t) => ({ id: t._id, name: t.name, text: t.text })),
    delivered: state.delivered,
    requests: state.requests,
    duplicates: state.duplicates().length,
  };
}

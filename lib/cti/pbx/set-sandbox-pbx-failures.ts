import { ensureSandbox } from "@/lib/sandbox/ensure-sandbox";
import { setPbxFailures } from "./controls";
import { pbxSandboxState } from "./sandbox-state";
import type { PbxFailuresInput } from "./sandbox-schemas";

/** Replaces the injected failures for the whole process; blank commands run normally. */
export async function setSandboxPbxFailures({ input }: { input: PbxFailuresInput }) {
  ensureSandbox();
  const failures = Object.fromEntries(Object.entries(input).filter(([, code]) => code !== "").map(([command, code]) => [command, Number(code)]));
  setPbxFailures(pbxSandboxState(), failures);
  return { failures };
}

import { defineAction } from "@/lib/core/action";
import { resetSandbox } from "./reset-sandbox";
import { sandboxFaultsSchema, sandboxResetSchema } from "./schemas";
import { setSandboxFaults } from "./set-sandbox-faults";

// The sandbox lives in process memory, not in the database: no transaction to open.
export const sandboxActions = {
  "sandbox.setFaults": defineAction({ role: "admin", input: sandboxFaultsSchema, service: setSandboxFaults, transaction: false }),
  "sandbox.reset": defineAction({ role: "admin", input: sandboxResetSchema, service: resetSandbox, transaction: false }),
};

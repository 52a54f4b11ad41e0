import { sandboxEnabled } from "@/lib/core/env";
import { ServiceError } from "@/lib/core/errors";

/** Sandbox services refuse to run where the simulators are not mounted (production without SANDBOX=1). */
export function ensureSandbox() {
  if (!sandboxEnabled()) throw new ServiceError("NOT_FOUND", "O ambiente de testes (sandbox) está desligado neste servidor.");
}

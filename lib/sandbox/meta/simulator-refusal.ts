import { ServiceError, invalid } from "@/lib/core/errors";

type Refusal = { ok: false; status?: number; errors: Record<string, string[]> };

/** A simulator refusal as a field error on the sandbox form (fields renamed to the form's), or "not found". */
export function throwSimulatorRefusal(refusal: Refusal, formField: Record<string, string> = {}): never {
  const [key, messages] = Object.entries(refusal.errors)[0] ?? ["root", ["O simulador recusou a operação."]];
  if (refusal.status === 404) throw new ServiceError("NOT_FOUND", messages[0]!);
  const field = key.split(".")[0]!;
  throw invalid(formField[field] ?? field, messages[0]!);
}

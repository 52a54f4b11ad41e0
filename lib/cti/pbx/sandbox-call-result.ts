import { invalid } from "@/lib/core/errors";
import type { PbxControlResult } from "./controls";

/** A PBX refusal becomes a field error on the sandbox form; success answers the call id. */
export function sandboxCallResult(result: PbxControlResult) {
  if (!result.ok) throw invalid(result.field, result.message);
  return { callId: result.call.callId };
}

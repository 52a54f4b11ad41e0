import { defineAction } from "@/lib/core/action";
import { pbxCallSchema, pbxFailuresSchema, pbxResetSchema, pbxRingSchema } from "./pbx/sandbox-schemas";
import { answerSandboxCall } from "./pbx/answer-sandbox-call";
import { hangUpSandboxCall } from "./pbx/hang-up-sandbox-call";
import { resetSandboxPbx } from "./pbx/reset-sandbox-pbx";
import { ringSandboxExtension } from "./pbx/ring-sandbox-extension";
import { setSandboxPbxFailures } from "./pbx/set-sandbox-pbx-failures";

/** Actions of the simulated PBX sandbox page; the PBX lives in process memory, so no transaction to open. */
export const ctiSandboxActions = {
  "ctiSandbox.ring": defineAction({ role: "admin", input: pbxRingSchema, service: ringSandboxExtension, transaction: false }),
  "ctiSandbox.answer": defineAction({ role: "admin", input: pbxCallSchema, service: answerSandboxCall, transaction: false }),
  "ctiSandbox.hangUp": defineAction({ role: "admin", input: pbxCallSchema, service: hangUpSandboxCall, transaction: false }),
  "ctiSandbox.setFailures": defineAction({ role: "admin", input: pbxFailuresSchema, service: setSandboxPbxFailures, transaction: false }),
  "ctiSandbox.reset": defineAction({ role: "admin", input: pbxResetSchema, service: resetSandboxPbx, transaction: false }),
};

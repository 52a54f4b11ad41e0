import type { CommandOperation } from "@/lib/cti/soap/operations";
import { answerPbxCall, clearPbxCall, deviceReachable, startPbxCall } from "./calls";
import type { PbxCall, PbxState } from "./state";

export type PbxControlResult = { ok: true; call: PbxCall } | { ok: false; field: string; message: string };

/** An inbound call ringing the extension from `from`, with the dialing list's associated data. */
export function ringPbx(state: PbxState, input: { extension: string; from: string; associatedData: string; dnis?: string }): PbxControlResult {
  if (!deviceReachable(state, input.extension)) {
    return { ok: false, field: "extension", message: `O ramal ${input.extension} não está em serviço no PBX simulado: faça login no cliente CTI nesse ramal antes.` };
  }
  const call = startPbxCall(state, {
    extension: input.extension, ani: input.from, dnis: input.dnis ?? "08000000000", associatedData: input.associatedData, direction: "inbound",
  });
  return { ok: true, call };
}

function liveCall(state: PbxState, callId: string): PbxControlResult {
  const call = state.calls.get(callId);
  if (!call) return { ok: false, field: "callId", message: `A chamada ${callId} não existe no PBX simulado.` };
  if (call.state === "ended") return { ok: false, field: "callId", message: `A chamada ${callId} já foi encerrada.` };
  return { ok: true, call };
}

export function answerPbx(state: PbxState, callId: string): PbxControlResult {
  const found = liveCall(state, callId);
  if (!found.ok) return found;
  if (found.call.state === "answered") return { ok: false, field: "callId", message: `A chamada ${callId} já foi atendida.` };
  answerPbxCall(state, found.call);
  return found;
}

export function hangUpPbx(state: PbxState, callId: string): PbxControlResult {
  const found = liveCall(state, callId);
  if (!found.ok) return found;
  clearPbxCall(state, found.call);
  return found;
}

/** Replaces the injected failures: each listed command answers its code until cleared. */
export function setPbxFailures(state: PbxState, failures: Partial<Record<CommandOperation, number>>) {
  state.failures = new Map(Object.entries(failures).filter(([, code]) => code !== undefined) as [CommandOperation, number][]);
}

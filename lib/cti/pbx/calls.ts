import { emitPbxEvent } from "./deliver";
import { pbxDevice, type PbxCall, type PbxState } from "./state";

/** A new call on the extension, announced with Ringing (inbound from `ani`, or outbound to the dialled `ani`). */
export function startPbxCall(
  state: PbxState, input: { extension: string; ani: string; dnis: string; associatedData: string; direction: PbxCall["direction"] },
): PbxCall {
  const call: PbxCall = {
    ...input, callId: String(state.nextCallId++), linkId: String(state.nextLinkId++), state: "ringing", startedAt: new Date(),
  };
  state.calls.set(call.callId, call);
  void emitPbxEvent(state, call.extension, "Ringing", {
    cDevice: call.extension, iLinkID: call.linkId, callID: call.callId, ANI: call.ani, DNIS: call.dnis,
    associatedData: call.associatedData, callType: call.direction,
  });
  return call;
}

export function answerPbxCall(state: PbxState, call: PbxCall) {
  call.state = "answered";
  void emitPbxEvent(state, call.extension, "Answered", { cDevice: call.extension, iLinkID: call.linkId, callID: call.callId });
}

export function clearPbxCall(state: PbxState, call: PbxCall) {
  call.state = "ended";
  void emitPbxEvent(state, call.extension, "ConnectionCleared", { cDevice: call.extension, iLinkID: call.linkId, callID: call.callId });
}

/** Calls still ringing or connected on an extension. */
export function liveCallsOf(state: PbxState, extension: string): PbxCall[] {
  return [...state.calls.values()].filter((c) => c.extension === extension && c.state !== "ended");
}

export const deviceReachable = (state: PbxState, extension: string) => {
  const device = pbxDevice(state, extension);
  return device.inService && device.callbackUrl !== null;
};

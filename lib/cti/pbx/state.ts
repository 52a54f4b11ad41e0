import type { CommandOperation, EventOperation } from "@/lib/cti/soap/operations";

export type PbxAgent = { agentId: string; groupId: string; ready: boolean };
export type PbxDevice = { extension: string; inService: boolean; callbackUrl: string | null; agent: PbxAgent | null };
export type PbxCallState = "ringing" | "answered" | "ended";
export type PbxCall = {
  callId: string; linkId: string; extension: string; ani: string; dnis: string; associatedData: string;
  direction: "inbound" | "outbound"; state: PbxCallState; startedAt: Date;
};
/** One SmartCTIWSEventing call the PBX made (or tried) to a device's callback URL. */
export type PbxDelivery = { at: Date; extension: string; operation: EventOperation; url: string; ok: boolean; detail: string };

export type PbxState = {
  devices: Map<string, PbxDevice>;
  calls: Map<string, PbxCall>;
  /** Failure injection: a command answers this code instead of running. */
  failures: Map<CommandOperation, number>;
  deliveries: PbxDelivery[];
  nextCallId: number;
  nextLinkId: number;
  /** Per-device delivery chain: events of an extension reach it in the order they happened. */
  queues: Map<string, Promise<void>>;
  timers: Set<ReturnType<typeof setTimeout>>;
  /** Delay between an outbound MakeCall's Ringing and Answered. */
  outboundAnswerMs: number;
};

export function createPbxState(options: { outboundAnswerMs?: number } = {}): PbxState {
  return {
    devices: new Map(), calls: new Map(), failures: new Map(), deliveries: [],
    nextCallId: 100001, nextLinkId: 1, queues: new Map(), timers: new Set(), outboundAnswerMs: options.outboundAnswerMs ?? 1000,
  };
}

export function pbxDevice(state: PbxState, extension: string): PbxDevice {
  let device = state.devices.get(extension);
  if (!device) {
    device = { extension, inService: false, callbackUrl: null, agent: null };
    state.devices.set(extension, device);
  }
  return device;
}

/** Back to an empty PBX; pending timers (outbound auto-answer) are cancelled. */
export function resetPbxState(state: PbxState) {
  for (const timer of state.timers) clearTimeout(timer);
  Object.assign(state, createPbxState({ outboundAnswerMs: state.outboundAnswerMs }));
}

import { buildSoapFault, buildSoapResponse, parseSoapMessage } from "@/lib/cti/soap/envelope";
import { COMMAND_OPERATIONS, isCommandOperation, type CommandOperation } from "@/lib/cti/soap/operations";
import { answerPbxCall, startPbxCall } from "./calls";
import { emitPbxEvent } from "./deliver";
import { pbxDevice, type PbxState } from "./state";

// The codes of lib/cti/return-codes.ts, answered the way our reading of the vendor's table says.
const OK = 0, BAD_DEVICE = 1, BAD_AGENT = 2, BAD_PASSWORD = 3, DEVICE_BUSY = 4, AGENT_ELSEWHERE = 5, OUT_OF_SERVICE = 6,
  NOT_LOGGED = 7, BAD_NUMBER = 8;

type Params = Record<string, string>;

function agentCommand(state: PbxState, p: Params, apply: (device: ReturnType<typeof pbxDevice>) => void): number {
  const device = pbxDevice(state, p.device!);
  if (!device.inService) return OUT_OF_SERVICE;
  if (!device.agent || device.agent.agentId !== p.agentID) return NOT_LOGGED;
  apply(device);
  return OK;
}

/** Runs one SmartCTIWSCommand operation against the simulated PBX and answers its integer code. */
export function runPbxCommand(state: PbxState, operation: CommandOperation, p: Params): number {
  const injected = state.failures.get(operation);
  if (injected !== undefined) return injected;
  const extension = p.device?.trim() ?? "";
  if (!extension) return BAD_DEVICE;
  const agentEvent = { cDevice: extension, agentID: p.agentID ?? "", groupID: p.groupID ?? "" };
  switch (operation) {
    case "AgentInService": {
      const device = pbxDevice(state, extension);
      device.inService = true;
      device.callbackUrl = p.ipaddress?.trim() || null;
      return OK;
    }
    case "LogonPass": {
      const device = pbxDevice(state, extension);
      if (!device.inService) return OUT_OF_SERVICE;
      if (!p.agentID?.trim()) return BAD_AGENT;
      if (!p.agentPass) return BAD_PASSWORD;
      if (device.agent && device.agent.agentId !== p.agentID) return DEVICE_BUSY;
      const elsewhere = [...state.devices.values()].some((d) => d !== device && d.agent?.agentId === p.agentID);
      if (elsewhere) return AGENT_ELSEWHERE;
      device.agent = { agentId: p.agentID, groupId: p.groupID ?? "", ready: false };
      void emitPbxEvent(state, extension, "LoggedOn", agentEvent);
      return OK;
    }
    case "ReadyPass":
      return agentCommand(state, p, (device) => {
        device.agent!.ready = true;
        void emitPbxEvent(state, extension, "Ready", agentEvent);
      });
    case "NotReadyPass":
      return agentCommand(state, p, (device) => {
        device.agent!.ready = false;
        void emitPbxEvent(state, extension, "NotReady", agentEvent);
      });
    case "LogoffPass":
      return agentCommand(state, p, (device) => {
        device.agent = null;
        void emitPbxEvent(state, extension, "LoggedOff", agentEvent);
      });
    case "AgentOutOfService": {
      // Idempotent: undoing a half-done login must succeed even when the device was never put in service.
      const device = pbxDevice(state, extension);
      device.inService = false;
      device.agent = null;
      device.callbackUrl = null;
      return OK;
    }
    case "MakeCall": {
      const device = pbxDevice(state, extension);
      if (!device.inService) return OUT_OF_SERVICE;
      if (!device.agent) return NOT_LOGGED;
      const number = (p.number ?? "").replace(/[^\d+]/g, "");
      if (!/\d{3,}/.test(number)) return BAD_NUMBER;
      const call = startPbxCall(state, { extension, ani: number, dnis: extension, associatedData: "", direction: "outbound" });
      const timer = setTimeout(() => {
        state.timers.delete(timer);
        if (call.state === "ringing") answerPbxCall(state, call);
      }, state.outboundAnswerMs);
      state.timers.add(timer);
      return OK;
    }
  }
}

/** The commands endpoint over SOAP 1.1: a Fault (HTTP 500, as Axis2 does) for anything that is not a known operation. */
export function answerPbxSoap(state: PbxState, xml: string): { status: number; body: string } {
  const message = parseSoapMessage(xml);
  if (message.kind !== "call") {
    return { status: 500, body: buildSoapFault(message.kind === "invalid" ? message.reason : "Fault não é um comando") };
  }
  if (!isCommandOperation(message.operation)) {
    return { status: 500, body: buildSoapFault(`Operação desconhecida: ${message.operation}`) };
  }
  const params: Params = {};
  for (const name of COMMAND_OPERATIONS[message.operation]) params[name] = message.params[name] ?? "";
  return { status: 200, body: buildSoapResponse(message.operation, runPbxCommand(state, message.operation, params)) };
}

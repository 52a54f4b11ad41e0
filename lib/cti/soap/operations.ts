/**
 * The two Smart CTI SOAP services as we speak them (PROVIDERS.md "Smart CTI"; lib/cti/wsdl/*.wsdl declare the same).
 * Parameter names and order are the wire contract: the adapter, the simulated PBX and our events endpoint share them.
 */
export const SMARTCTI_NAMESPACE = "http://ws.smartcti.com.br";

export const COMMAND_OPERATIONS = {
  AgentInService: ["device", "ipaddress"],
  LogonPass: ["device", "agentID", "groupID", "agentPass"],
  ReadyPass: ["device", "agentID", "groupID", "agentPass"],
  NotReadyPass: ["device", "agentID", "groupID", "agentPass"],
  LogoffPass: ["device", "agentID", "groupID", "agentPass"],
  AgentOutOfService: ["device"],
  MakeCall: ["device", "number"],
} as const;

/** Call events carry the call; agent events carry the agent. The seed only spells out Ringing: the rest is our reading. */
export const EVENT_OPERATIONS = {
  Ringing: ["cDevice", "iLinkID", "callID", "ANI", "DNIS", "associatedData", "callType"],
  Answered: ["cDevice", "iLinkID", "callID"],
  ConnectionCleared: ["cDevice", "iLinkID", "callID"],
  CallFailure: ["cDevice", "iLinkID", "callID", "cause"],
  LoggedOn: ["cDevice", "agentID", "groupID"],
  LoggedOff: ["cDevice", "agentID", "groupID"],
  Ready: ["cDevice", "agentID", "groupID"],
  NotReady: ["cDevice", "agentID", "groupID"],
} as const;

export type CommandOperation = keyof typeof COMMAND_OPERATIONS;
export type EventOperation = keyof typeof EVENT_OPERATIONS;
export type EventParams<E extends EventOperation> = Record<(typeof EVENT_OPERATIONS)[E][number], string>;

export const isCommandOperation = (name: string): name is CommandOperation => Object.hasOwn(COMMAND_OPERATIONS, name);
export const isEventOperation = (name: string): name is EventOperation => Object.hasOwn(EVENT_OPERATIONS, name);

/**
 * The Smart CTI command service (SmartCTIWSCommand, SOAP 1.1) as the rest of the app sees it. Every command answers
 * an integer code: 0 is success, anything else a failure shown with its Portuguese meaning.
 */
export type CtiCommandName =
  | "AgentInService" | "LogonPass" | "ReadyPass" | "NotReadyPass" | "LogoffPass" | "AgentOutOfService" | "MakeCall";

export type CtiAgentRef = { device: string; agentId: string; groupId: string; password?: string };

export type CtiCommandResult =
  | { ok: true; code: 0 }
  | { ok: false; code: number | null; message: string; command: CtiCommandName };

export interface CtiCommands {
  agentInService(input: { device: string; callbackUrl: string }): Promise<CtiCommandResult>;
  logonPass(input: CtiAgentRef & { password: string }): Promise<CtiCommandResult>;
  readyPass(input: CtiAgentRef): Promise<CtiCommandResult>;
  notReadyPass(input: CtiAgentRef): Promise<CtiCommandResult>;
  logoffPass(input: CtiAgentRef): Promise<CtiCommandResult>;
  agentOutOfService(input: { device: string }): Promise<CtiCommandResult>;
  makeCall(input: { device: string; number: string }): Promise<CtiCommandResult>;
}

/** Portuguese names of the steps, for "o login falhou em …" messages. */
export const CTI_STEP_LABELS: Record<CtiCommandName, string> = {
  AgentInService: "colocar o ramal em serviço (AgentInService)",
  LogonPass: "login do agente (LogonPass)",
  ReadyPass: "ficar disponível (ReadyPass)",
  NotReadyPass: "ficar indisponível (NotReadyPass)",
  LogoffPass: "logoff do agente (LogoffPass)",
  AgentOutOfService: "tirar o ramal de serviço (AgentOutOfService)",
  MakeCall: "discar (MakeCall)",
};

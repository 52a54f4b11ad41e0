import type { CtiCommandName, CtiCommandResult, CtiCommands } from "./commands";
import { CTI_RETURN_OK, ctiReturnMessage } from "./return-codes";
import { buildSoapCall, parseSoapMessage } from "./soap/envelope";
import { COMMAND_OPERATIONS } from "./soap/operations";

const seconds = (ms: number) => (ms / 1000).toLocaleString("pt-BR", { maximumFractionDigits: 1 });

/**
 * SmartCTIWSCommand over SOAP 1.1 (document/literal, Axis2): one POST per command, the integer `return` mapped to its
 * Portuguese meaning. Never throws: every failure (code, Fault, timeout, network) comes back as a result to show.
 */
export function createSmartCtiCommands({ url, timeoutMs = 5000 }: { url: string; timeoutMs?: number }): CtiCommands {
  async function call(command: CtiCommandName, values: Record<string, string | undefined>): Promise<CtiCommandResult> {
    const fail = (code: number | null, message: string): CtiCommandResult => ({ ok: false, code, message, command });
    if (!url.trim()) return fail(null, "O endereço do servidor do Smart CTI não está configurado (parâmetro Smart CTI ou SMARTCTI_URL)");
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "text/xml; charset=utf-8", soapaction: `"urn:${command}"` },
        body: buildSoapCall(command, COMMAND_OPERATIONS[command], values),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      if (name === "TimeoutError" || name === "AbortError") return fail(null, `O Smart CTI não respondeu em ${seconds(timeoutMs)} s`);
      return fail(null, `Não foi possível conectar ao Smart CTI em ${url}`);
    }
    const message = parseSoapMessage(text);
    if (message.kind === "fault") return fail(null, message.faultstring || `O Smart CTI recusou ${command} (SOAP Fault sem descrição)`);
    if (!response.ok) return fail(null, `O Smart CTI respondeu HTTP ${response.status} em ${url}`);
    const raw = message.kind === "call" && message.operation === `${command}Response` ? message.params.return : undefined;
    const code = raw !== undefined && /^-?\d+$/.test(raw.trim()) ? Number(raw) : null;
    if (code === null) return fail(null, `Resposta inesperada do Smart CTI para ${command}`);
    return code === CTI_RETURN_OK ? { ok: true, code: 0 } : fail(code, ctiReturnMessage(code));
  }

  const agent = (input: { device: string; agentId: string; groupId: string; password?: string }) => ({
    device: input.device, agentID: input.agentId, groupID: input.groupId, agentPass: input.password ?? "",
  });

  return {
    agentInService: (input) => call("AgentInService", { device: input.device, ipaddress: input.callbackUrl }),
    logonPass: (input) => call("LogonPass", agent(input)),
    readyPass: (input) => call("ReadyPass", agent(input)),
    notReadyPass: (input) => call("NotReadyPass", agent(input)),
    logoffPass: (input) => call("LogoffPass", agent(input)),
    agentOutOfService: (input) => call("AgentOutOfService", { device: input.device }),
    makeCall: (input) => call("MakeCall", { device: input.device, number: input.number }),
  };
}

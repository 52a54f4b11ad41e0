import type { DbOrTx } from "@/db/client";
import { buildSoapFault, buildSoapResponse, parseSoapMessage } from "@/lib/cti/soap/envelope";
import { EVENT_OPERATIONS, isEventOperation } from "@/lib/cti/soap/operations";
import { storeCtiEvent } from "./store-event";

export type SoapAnswer = { status: number; body: string };

const fault = (status: number, message: string, code: "soapenv:Client" | "soapenv:Server" = "soapenv:Client"): SoapAnswer =>
  ({ status, body: buildSoapFault(message, code) });

/** Our SmartCTIWSEventing: reads one callback, stores it, answers the empty response; anything malformed stores nothing. */
export async function receiveSoapEvent(db: DbOrTx, xml: string): Promise<SoapAnswer> {
  const message = parseSoapMessage(xml);
  if (message.kind === "invalid") return fault(400, message.reason);
  if (message.kind === "fault") return fault(400, "Um SOAP Fault não é um evento do Smart CTI");
  if (!isEventOperation(message.operation)) return fault(400, `Operação desconhecida no SmartCTIWSEventing: ${message.operation}`);
  const payload: Record<string, string> = {};
  for (const name of EVENT_OPERATIONS[message.operation]) {
    if (message.params[name] !== undefined) payload[name] = message.params[name];
  }
  const extension = payload.cDevice?.trim();
  if (!extension) return fault(400, `O evento ${message.operation} veio sem o ramal (cDevice)`);
  try {
    await storeCtiEvent(db, { extension, type: message.operation, callId: payload.callID?.trim() || null, payload });
  } catch (error) {
    console.error("[cti] evento não gravado", error);
    return fault(500, "Erro ao gravar o evento; reenvie", "soapenv:Server");
  }
  return { status: 200, body: buildSoapResponse(message.operation) };
}

import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
import { SMARTCTI_NAMESPACE } from "./operations";

const SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

/** A SOAP 1.1 message read back: an operation call (or its response) with its string parameters, or a Fault. */
export type SoapMessage =
  | { kind: "call"; operation: string; params: Record<string, string> }
  | { kind: "fault"; faultcode: string; faultstring: string }
  | { kind: "invalid"; reason: string };

// The builder escapes text and attribute values, so user input never breaks out of its element.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", suppressEmptyNode: true });
// Values stay strings: extensions, phone numbers and codes like "0011" must not become numbers.
const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, trimValues: true });

function envelope(body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({
    "soapenv:Envelope": { "@_xmlns:soapenv": SOAP_ENV, "@_xmlns:ns": SMARTCTI_NAMESPACE, "soapenv:Body": body },
  })}`;
}

/** Document/literal call: `<ns:Operation><ns:param>value</ns:param>…</ns:Operation>` in the given parameter order. */
export function buildSoapCall(operation: string, names: readonly string[], values: Record<string, string | undefined>): string {
  const element: Record<string, string> = {};
  for (const name of names) element[`ns:${name}`] = values[name] ?? "";
  return envelope({ [`ns:${operation}`]: element });
}

/** `<ns:OperationResponse>` with `<ns:return>` when the operation returns a value (commands), empty otherwise (events). */
export function buildSoapResponse(operation: string, returnValue?: number): string {
  const element = returnValue === undefined ? "" : { "ns:return": String(returnValue) };
  return envelope({ [`ns:${operation}Response`]: element });
}

export function buildSoapFault(faultstring: string, faultcode: "soapenv:Client" | "soapenv:Server" = "soapenv:Client"): string {
  return envelope({ "soapenv:Fault": { faultcode, faultstring } });
}

const asText = (value: unknown): string => (typeof value === "string" ? value : value == null ? "" : String(value));

/** Reads any SOAP 1.1 envelope; never throws. */
export function parseSoapMessage(xml: string): SoapMessage {
  if (!xml.trim()) return { kind: "invalid", reason: "corpo vazio" };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { kind: "invalid", reason: `XML inválido: ${valid.err.msg} (linha ${valid.err.line})` };
  const doc = parser.parse(xml) as Record<string, unknown>;
  const env = doc.Envelope as Record<string, unknown> | undefined;
  const body = env && typeof env === "object" ? (env.Body as Record<string, unknown> | undefined) : undefined;
  if (!body || typeof body !== "object") return { kind: "invalid", reason: "envelope SOAP sem Body" };
  const [operation, content] = Object.entries(body)[0] ?? [];
  if (!operation) return { kind: "invalid", reason: "Body SOAP vazio" };
  const fields = content && typeof content === "object" ? (content as Record<string, unknown>) : {};
  if (operation === "Fault") return { kind: "fault", faultcode: asText(fields.faultcode), faultstring: asText(fields.faultstring) };
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) params[name] = asText(value);
  return { kind: "call", operation, params };
}

import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterEach, describe, expect, it } from "vitest";
import { formatAssociatedData, parseAssociatedData, type AssociatedData } from "../lib/cti/associated-data";
import { ctiReturnMessage } from "../lib/cti/return-codes";
import { createSmartCtiCommands } from "../lib/cti/soap-adapter";
import { buildSoapCall, buildSoapFault, buildSoapResponse, parseSoapMessage } from "../lib/cti/soap/envelope";
import { COMMAND_OPERATIONS, EVENT_OPERATIONS, SMARTCTI_NAMESPACE } from "../lib/cti/soap/operations";

/** A one-off SOAP server answering every POST with `respond`; records what it received. */
const servers: Server[] = [];
async function fakeCti(respond: (body: string, soapAction: string) => { status: number; body: string } | null) {
  const received: { body: string; soapAction: string; contentType: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const soapAction = String(req.headers.soapaction ?? "");
      received.push({ body, soapAction, contentType: String(req.headers["content-type"]) });
      const answer = respond(body, soapAction);
      if (!answer) return; // never answers: the client must time out
      res.writeHead(answer.status, { "content-type": "text/xml" });
      res.end(answer.body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/axis2/services/SmartCTIWSCommand`, received };
}
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("SOAP envelopes", () => {
  it("round-trips a call with its parameters as strings, escaping what the user typed", () => {
    const xml = buildSoapCall("Ringing", EVENT_OPERATIONS.Ringing, {
      cDevice: "2001", iLinkID: "7", callID: "100001", ANI: "011987654321", DNIS: "4004", associatedData: "nome=Ana & Filhos <ME>", callType: "inbound",
    });
    expect(xml).not.toContain("<ME>");
    expect(parseSoapMessage(xml)).toEqual({
      kind: "call", operation: "Ringing",
      params: { cDevice: "2001", iLinkID: "7", callID: "100001", ANI: "011987654321", DNIS: "4004", associatedData: "nome=Ana & Filhos <ME>", callType: "inbound" },
    });
  });

  it("keeps the parameter order of the contract and uses the Smart CTI namespace", () => {
    const xml = buildSoapCall("LogonPass", COMMAND_OPERATIONS.LogonPass, { agentPass: "s", groupID: "g", agentID: "a", device: "d" });
    expect(xml).toContain(`xmlns:ns="${SMARTCTI_NAMESPACE}"`);
    expect(xml.indexOf("<ns:device>")).toBeLessThan(xml.indexOf("<ns:agentID>"));
    expect(xml.indexOf("<ns:groupID>")).toBeLessThan(xml.indexOf("<ns:agentPass>"));
  });

  it("reads responses, faults and rejects what is not SOAP", () => {
    expect(parseSoapMessage(buildSoapResponse("MakeCall", 3))).toEqual({ kind: "call", operation: "MakeCallResponse", params: { return: "3" } });
    expect(parseSoapMessage(buildSoapResponse("Answered"))).toEqual({ kind: "call", operation: "AnsweredResponse", params: {} });
    expect(parseSoapMessage(buildSoapFault("Ramal bloqueado"))).toMatchObject({ kind: "fault", faultstring: "Ramal bloqueado" });
    expect(parseSoapMessage("<Envelope><Body><x></Body>")).toMatchObject({ kind: "invalid" });
    expect(parseSoapMessage("<html>oops</html>")).toMatchObject({ kind: "invalid", reason: "envelope SOAP sem Body" });
    expect(parseSoapMessage("")).toMatchObject({ kind: "invalid" });
  });
});

describe("return codes", () => {
  it.each([
    [1, "Ramal inválido"], [2, "Agente inválido"], [3, "Senha inválida"], [4, "Ramal já em uso"], [5, "Agente já logado"],
    [6, "Ramal fora de serviço"], [99, "Erro interno do Smart CTI"], [42, "Código de retorno 42 do Smart CTI"],
    [-1, "Código de retorno -1 do Smart CTI"],
  ])("code %i ⇒ %s", (code, message) => {
    expect(ctiReturnMessage(code)).toBe(message);
  });
});

describe("Smart CTI adapter", () => {
  it("posts text/xml with the SOAPAction and succeeds on return 0", async () => {
    const cti = await fakeCti(() => ({ status: 200, body: buildSoapResponse("AgentInService", 0) }));
    const result = await createSmartCtiCommands({ url: cti.url }).agentInService({ device: "2001", callbackUrl: "http://app/api/cti/soap" });
    expect(result).toEqual({ ok: true, code: 0 });
    expect(cti.received[0]).toMatchObject({ soapAction: '"urn:AgentInService"', contentType: "text/xml; charset=utf-8" });
    expect(parseSoapMessage(cti.received[0]!.body)).toMatchObject({
      operation: "AgentInService", params: { device: "2001", ipaddress: "http://app/api/cti/soap" },
    });
  });

  it("maps a non-zero return to its Portuguese message and names the command", async () => {
    const cti = await fakeCti(() => ({ status: 200, body: buildSoapResponse("LogonPass", 3) }));
    const result = await createSmartCtiCommands({ url: cti.url }).logonPass({ device: "2001", agentId: "ana", groupId: "10", password: "x" });
    expect(result).toEqual({ ok: false, code: 3, message: "Senha inválida", command: "LogonPass" });
  });

  it("shows a SOAP Fault's faultstring", async () => {
    const cti = await fakeCti(() => ({ status: 500, body: buildSoapFault("Dispositivo 2001 bloqueado pelo PABX", "soapenv:Server") }));
    const result = await createSmartCtiCommands({ url: cti.url }).readyPass({ device: "2001", agentId: "ana", groupId: "10" });
    expect(result).toEqual({ ok: false, code: null, message: "Dispositivo 2001 bloqueado pelo PABX", command: "ReadyPass" });
  });

  it("gives up after the timeout with a message in seconds", async () => {
    const cti = await fakeCti(() => null);
    const started = Date.now();
    const result = await createSmartCtiCommands({ url: cti.url, timeoutMs: 300 }).makeCall({ device: "2001", number: "11999990000" });
    expect(result).toEqual({ ok: false, code: null, message: "O Smart CTI não respondeu em 0,3 s", command: "MakeCall" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("says where it could not connect, and never throws", async () => {
    const cti = await fakeCti(() => ({ status: 200, body: "" }));
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const result = await createSmartCtiCommands({ url: cti.url }).agentOutOfService({ device: "2001" });
    expect(result).toEqual({ ok: false, code: null, message: `Não foi possível conectar ao Smart CTI em ${cti.url}`, command: "AgentOutOfService" });
    expect(await createSmartCtiCommands({ url: "" }).agentOutOfService({ device: "2001" })).toMatchObject({ ok: false, message: expect.stringContaining("não está configurado") });
  });

  it("refuses an answer that is not the command's response", async () => {
    const cti = await fakeCti(() => ({ status: 200, body: "<html>proxy</html>" }));
    const result = await createSmartCtiCommands({ url: cti.url }).logoffPass({ device: "2001", agentId: "ana", groupId: "10" });
    expect(result).toMatchObject({ ok: false, code: null, message: "Resposta inesperada do Smart CTI para LogoffPass" });
  });
});

describe("WSDLs in the repo", () => {
  const wsdlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", removeNSPrefix: true, isArray: (name) => ["element", "operation", "message"].includes(name) });
  type Element = { name: string; complexType?: { sequence?: { element?: Element[] } } };
  function read(file: string) {
    const doc = wsdlParser.parse(readFileSync(path.join(import.meta.dirname, "../lib/cti/wsdl", file), "utf8"));
    const defs = doc.definitions;
    const elements = defs.types.schema.element as Element[];
    const paramsOf = (name: string) => elements.find((e) => e.name === name)?.complexType?.sequence?.element?.map((e) => e.name) ?? [];
    const portOps = (defs.portType.operation as { name: string }[]).map((o) => o.name);
    const boundOps = (defs.binding.operation as { name: string; operation: { soapAction: string }[] }[]).map((o) => [o.name, o.operation[0]!.soapAction]);
    return { targetNamespace: defs.targetNamespace as string, paramsOf, portOps, boundOps };
  }

  it.each([
    ["SmartCTIWSCommand.wsdl", COMMAND_OPERATIONS, ["return"]],
    ["SmartCTIWSEventing.wsdl", EVENT_OPERATIONS, []],
  ] as const)("%s declares every operation the code uses, with its parameters in order", (file, operations, responseParams) => {
    const wsdl = read(file);
    expect(wsdl.targetNamespace).toBe(SMARTCTI_NAMESPACE);
    for (const [operation, params] of Object.entries(operations)) {
      expect(wsdl.portOps).toContain(operation);
      expect(wsdl.boundOps).toContainEqual([operation, `urn:${operation}`]);
      expect(wsdl.paramsOf(operation)).toEqual(params);
      expect(wsdl.paramsOf(`${operation}Response`)).toEqual(responseParams);
    }
  });
});

describe("associated data", () => {
  it.each([
    [{ crm: "123", erp: "C-9", doc: "123.456.789-09", nome: "Ana Souza" }, "crm=123;erp=C-9;doc=12345678909;nome=Ana Souza"],
    [{ doc: "11.222.333/0001-81" }, "doc=11222333000181"],
    [{ crm: "", nome: "Padaria; Pão = Bom 100%" }, "nome=Padaria%3B Pão %3D Bom 100%25"],
    [{}, ""],
  ] as [AssociatedData, string][])("formats %j as %s and reads it back", (data, text) => {
    expect(formatAssociatedData(data)).toBe(text);
    const back = parseAssociatedData(text);
    expect(back).toEqual(Object.fromEntries(Object.entries({ ...data, doc: data.doc?.replace(/\D/g, "") }).filter(([, v]) => v)));
  });

  it("reads keys case-insensitively and ignores unknown keys and junk", () => {
    expect(parseAssociatedData(" CRM=55 ; Nome=José ;campanha=7;lixo;erp=")).toEqual({ crm: "55", nome: "José" });
    expect(parseAssociatedData(null)).toEqual({});
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatAssociatedData } from "../lib/cti/associated-data";
import type { CtiCommands } from "../lib/cti/commands";
import { answerPbx, hangUpPbx, ringPbx, setPbxFailures } from "../lib/cti/pbx/controls";
import { pbxIdle } from "../lib/cti/pbx/deliver";
import { ringSandboxExtension } from "../lib/cti/pbx/ring-sandbox-extension";
import { pbxSandboxState } from "../lib/cti/pbx/sandbox-state";
import { PBX_COMMANDS, pbxFailuresSchema, pbxRingSchema, type PbxFailuresInput } from "../lib/cti/pbx/sandbox-schemas";
import { startPbxServer } from "../lib/cti/pbx/server";
import { setSandboxPbxFailures } from "../lib/cti/pbx/set-sandbox-pbx-failures";
import { createPbxState, resetPbxState } from "../lib/cti/pbx/state";
import { createSmartCtiCommands } from "../lib/cti/soap-adapter";
import { buildSoapResponse, parseSoapMessage } from "../lib/cti/soap/envelope";

/** Stands in for our /api/cti/soap: records every SmartCTIWSEventing call it receives. */
let capture: { server: Server; url: string; events: { operation: string; params: Record<string, string>; soapAction: string }[] };
let pbx: Awaited<ReturnType<typeof startPbxServer>>;
let cti: CtiCommands;
const agent = { device: "2001", agentId: "ana", groupId: "10", password: "1234" };

beforeAll(async () => {
  const events: typeof capture.events = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const message = parseSoapMessage(Buffer.concat(chunks).toString("utf8"));
      if (message.kind === "call") events.push({ operation: message.operation, params: message.params, soapAction: String(req.headers.soapaction) });
      res.writeHead(200, { "content-type": "text/xml" });
      res.end(buildSoapResponse(message.kind === "call" ? message.operation : "Unknown"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  capture = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cti/soap`, events };
  pbx = await startPbxServer({ state: createPbxState({ outboundAnswerMs: 50 }) });
  cti = createSmartCtiCommands({ url: pbx.url, timeoutMs: 2000 });
});
afterAll(async () => {
  await pbx.close();
  capture.server.closeAllConnections();
  await new Promise((resolve) => capture.server.close(resolve));
});
beforeEach(() => {
  resetPbxState(pbx.state);
  capture.events.length = 0;
});

async function logIn() {
  expect(await cti.agentInService({ device: agent.device, callbackUrl: capture.url })).toEqual({ ok: true, code: 0 });
  expect(await cti.logonPass(agent)).toEqual({ ok: true, code: 0 });
  expect(await cti.readyPass(agent)).toEqual({ ok: true, code: 0 });
}
const operations = () => capture.events.map((e) => e.operation);

describe("simulated PBX over SOAP", () => {
  it("login sequence puts the agent in service and emits LoggedOn then Ready to the callback URL", async () => {
    await logIn();
    await pbxIdle(pbx.state);
    expect(operations()).toEqual(["LoggedOn", "Ready"]);
    expect(capture.events[0]).toMatchObject({ soapAction: '"urn:LoggedOn"', params: { cDevice: "2001", agentID: "ana", groupID: "10" } });
    expect(pbx.state.devices.get("2001")).toMatchObject({ inService: true, agent: { agentId: "ana", ready: true } });
  });

  it("logout sequence emits NotReady and LoggedOff and takes the extension out of service", async () => {
    await logIn();
    expect(await cti.notReadyPass(agent)).toEqual({ ok: true, code: 0 });
    expect(await cti.logoffPass(agent)).toEqual({ ok: true, code: 0 });
    expect(await cti.agentOutOfService({ device: "2001" })).toEqual({ ok: true, code: 0 });
    await pbxIdle(pbx.state);
    expect(operations()).toEqual(["LoggedOn", "Ready", "NotReady", "LoggedOff"]);
    expect(pbx.state.devices.get("2001")).toMatchObject({ inService: false, agent: null });
  });

  it("refuses commands out of order with the documented codes", async () => {
    expect(await cti.logonPass(agent)).toMatchObject({ ok: false, code: 6, message: "Ramal fora de serviço", command: "LogonPass" });
    await cti.agentInService({ device: "2001", callbackUrl: capture.url });
    expect(await cti.logonPass({ ...agent, password: "" })).toMatchObject({ ok: false, code: 3, message: "Senha inválida" });
    expect(await cti.readyPass(agent)).toMatchObject({ ok: false, code: 7 });
    await cti.logonPass(agent);
    await cti.agentInService({ device: "2002", callbackUrl: capture.url });
    expect(await cti.logonPass({ ...agent, device: "2002" })).toMatchObject({ ok: false, code: 5, message: "Agente já logado" });
  });

  it("ring delivers Ringing with ANI, DNIS and the associated data; answer and hang up follow", async () => {
    await logIn();
    const associatedData = formatAssociatedData({ crm: "77", doc: "123.456.789-09", nome: "Ana & Cia" });
    const rung = ringPbx(pbx.state, { extension: "2001", from: "11987654321", associatedData });
    if (!rung.ok) throw new Error(rung.message);
    expect(answerPbx(pbx.state, rung.call.callId)).toMatchObject({ ok: true });
    expect(hangUpPbx(pbx.state, rung.call.callId)).toMatchObject({ ok: true });
    expect(hangUpPbx(pbx.state, rung.call.callId)).toMatchObject({ ok: false, message: `A chamada ${rung.call.callId} já foi encerrada.` });
    await pbxIdle(pbx.state);
    expect(operations()).toEqual(["LoggedOn", "Ready", "Ringing", "Answered", "ConnectionCleared"]);
    expect(capture.events[2]!.params).toEqual({
      cDevice: "2001", iLinkID: rung.call.linkId, callID: rung.call.callId, ANI: "11987654321", DNIS: "08000000000",
      associatedData: "crm=77;doc=12345678909;nome=Ana & Cia", callType: "inbound",
    });
    expect(capture.events[4]!.params).toEqual({ cDevice: "2001", iLinkID: rung.call.linkId, callID: rung.call.callId });
  });

  it("ringing an extension nobody logged on is refused with the reason", () => {
    expect(ringPbx(pbx.state, { extension: "3000", from: "1133334444", associatedData: "" }))
      .toMatchObject({ ok: false, field: "extension", message: expect.stringContaining("não está em serviço") });
  });

  it("MakeCall rings the extension as outbound to the dialled number, then connects", async () => {
    await logIn();
    expect(await cti.makeCall({ device: "2001", number: "(11) 3333-4444" })).toEqual({ ok: true, code: 0 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await pbxIdle(pbx.state);
    expect(operations()).toEqual(["LoggedOn", "Ready", "Ringing", "Answered"]);
    expect(capture.events[2]!.params).toMatchObject({ ANI: "1133334444", DNIS: "2001", callType: "outbound" });
    expect(await cti.makeCall({ device: "2001", number: "abc" })).toMatchObject({ ok: false, code: 8 });
  });

  it("an injected failure answers its code and changes nothing, until cleared", async () => {
    setPbxFailures(pbx.state, { LogonPass: 4 });
    await cti.agentInService({ device: "2001", callbackUrl: capture.url });
    expect(await cti.logonPass(agent)).toEqual({ ok: false, code: 4, message: "Ramal já em uso", command: "LogonPass" });
    expect(pbx.state.devices.get("2001")!.agent).toBeNull();
    setPbxFailures(pbx.state, {});
    expect(await cti.logonPass(agent)).toEqual({ ok: true, code: 0 });
  });

  it("answers a SOAP Fault for an unknown operation", async () => {
    const response = await fetch(pbx.url, { method: "POST", headers: { "content-type": "text/xml" }, body: buildSoapResponse("Transfer", 0) });
    expect(response.status).toBe(500);
    expect(parseSoapMessage(await response.text())).toMatchObject({ kind: "fault", faultstring: "Operação desconhecida: TransferResponse" });
  });
});

describe("PBX sandbox page services", () => {
  it("failure form: blank runs normally, a code is answered by that command", async () => {
    const blank = Object.fromEntries(PBX_COMMANDS.map((c) => [c, ""])) as PbxFailuresInput;
    await setSandboxPbxFailures({ input: { ...blank, ReadyPass: "99" } });
    expect([...pbxSandboxState().failures]).toEqual([["ReadyPass", 99]]);
    expect(pbxFailuresSchema.safeParse({ ...blank, MakeCall: "abc" }).error?.issues[0]?.message).toBe("MakeCall: deixe em branco ou informe um código de 1 a 9999.");
  });

  it("ring form: refuses an extension out of service on the extension field, and a bad CPF", async () => {
    const input = { extension: "4321", from: "(11) 98765-4321", crm: "", erp: "", doc: "", nome: "" };
    await expect(ringSandboxExtension({ input })).rejects.toMatchObject({ fieldErrors: { extension: [expect.stringContaining("4321 não está em serviço")] } });
    expect(pbxRingSchema.safeParse({ ...input, doc: "123.456.789-00" }).error?.issues[0]).toMatchObject({ path: ["doc"], message: expect.stringContaining("CPF/CNPJ inválido") });
  });
});

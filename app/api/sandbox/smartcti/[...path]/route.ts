import { readFile } from "node:fs/promises";
import path from "node:path";
import { sandboxEnabled } from "@/lib/core/env";
import { answerPbxSoap } from "@/lib/cti/pbx/commands";
import { pbxSandboxState } from "@/lib/cti/pbx/sandbox-state";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not Found", { status: 404 });

/** The simulated PBX's SmartCTIWSCommand, mounted only where the sandbox is enabled (development, or SANDBOX=1). */
export async function POST(request: Request) {
  if (!sandboxEnabled()) return notFound();
  const answer = answerPbxSoap(pbxSandboxState(), await request.text());
  return new Response(answer.body, { status: answer.status, headers: { "content-type": "text/xml; charset=utf-8" } });
}

/** `?wsdl`, as Axis2 serves it: the contract the simulator implements. */
export async function GET(request: Request) {
  if (!sandboxEnabled() || !new URL(request.url).searchParams.has("wsdl")) return notFound();
  const wsdl = await readFile(path.join(process.cwd(), "lib/cti/wsdl/SmartCTIWSCommand.wsdl"), "utf8");
  return new Response(wsdl, { headers: { "content-type": "text/xml; charset=utf-8" } });
}

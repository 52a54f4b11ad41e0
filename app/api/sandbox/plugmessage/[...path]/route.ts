import { sandboxEnabled } from "@/lib/core/env";
import { PLUG_SANDBOX_BASE_PATH, plugSandboxState } from "@/lib/providers/plugmessage/sandbox-state";
import { handlePlugRequest } from "@/lib/providers/plugmessage/simulator";

export const dynamic = "force-dynamic";

/** The PlugMessage simulator, mounted only where the sandbox is enabled (development, or SANDBOX=1). */
async function handle(request: Request): Promise<Response> {
  if (!sandboxEnabled()) return new Response("Not Found", { status: 404 });
  return handlePlugRequest(plugSandboxState(), request, { basePath: PLUG_SANDBOX_BASE_PATH });
}

export async function GET(request: Request) {
  return handle(request);
}

export async function POST(request: Request) {
  return handle(request);
}

export async function DELETE(request: Request) {
  return handle(request);
}

import { sandboxEnabled } from "@/lib/core/env";
import { RD_SANDBOX_BASE_PATH, rdSandboxState } from "@/lib/providers/rdconversas/sandbox-state";
import { handleRdRequest } from "@/lib/providers/rdconversas/simulator";

export const dynamic = "force-dynamic";

/** The RD Conversas simulator, mounted only where the sandbox is enabled (development, or SANDBOX=1). */
async function handle(request: Request): Promise<Response> {
  if (!sandboxEnabled()) return new Response("Not Found", { status: 404 });
  return handleRdRequest(rdSandboxState(), request, { basePath: RD_SANDBOX_BASE_PATH });
}

export async function GET(request: Request) {
  return handle(request);
}

export async function POST(request: Request) {
  return handle(request);
}

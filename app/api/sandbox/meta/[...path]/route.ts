import { getDb } from "@/db/client";
import { sandboxEnabled } from "@/lib/core/env";
import { META_SANDBOX_BASE_PATH, metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { handleMetaRequest } from "@/lib/providers/meta/simulator";
import { restoreMetaSandboxApps } from "@/lib/sandbox/meta/restore-meta-apps";

export const dynamic = "force-dynamic";

/** The Meta WhatsApp Cloud API simulator, mounted only where the sandbox is enabled (development, or SANDBOX=1). */
async function handle(request: Request): Promise<Response> {
  if (!sandboxEnabled()) return new Response("Not Found", { status: 404 });
  await restoreMetaSandboxApps(getDb());
  return handleMetaRequest(metaSandboxState(), request, { basePath: META_SANDBOX_BASE_PATH });
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

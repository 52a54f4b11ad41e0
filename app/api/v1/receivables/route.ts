import { handleImport } from "@/lib/api/handle-import";
import { upsertReceivables } from "@/lib/api/upsert-receivables";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** ERP ingestion: bulk upsert of up to 1,000 receivables (see /api/v1/openapi.json). */
export async function POST(request: Request) {
  return handleImport(request, "receivables", upsertReceivables);
}

import { handleImport } from "@/lib/api/handle-import";
import { upsertPeople } from "@/lib/api/upsert-people";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** ERP ingestion: bulk upsert of up to 1,000 people (see /api/v1/openapi.json). */
export async function POST(request: Request) {
  return handleImport(request, "people", upsertPeople);
}

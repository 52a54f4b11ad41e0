import { handleImport } from "@/lib/api/handle-import";
import { upsertOrders } from "@/lib/api/upsert-orders";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** ERP ingestion: bulk upsert of up to 1,000 orders (see /api/v1/openapi.json). */
export async function POST(request: Request) {
  return handleImport(request, "orders", upsertOrders);
}

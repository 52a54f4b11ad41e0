import { routeId, routeJson } from "@/lib/core/route-json";
import { contactBatchView } from "@/lib/rdconversas/contacts/contact-batch-view";

export const dynamic = "force-dynamic";

/** Live progress of a PESFP079 batch (?page= for the per-person results): 401 without a session, 404 for other companies' batches. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  if (!id) return Response.json({ error: "Lote não encontrado." }, { status: 404 });
  const page = routeId(new URL(request.url).searchParams.get("page") ?? "1") ?? 1;
  return routeJson((ctx) => contactBatchView({ ctx, input: { id, page } }));
}

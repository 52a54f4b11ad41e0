import { buildOpenApiDocument } from "@/lib/api/openapi";

export const runtime = "nodejs";

/** Public: the ingestion API's OpenAPI 3.1 document. */
export async function GET() {
  return Response.json(buildOpenApiDocument());
}

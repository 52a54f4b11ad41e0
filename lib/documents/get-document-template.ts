import type { Ctx } from "@/lib/core/ctx";
import { findCompanyDocument } from "./find-company-document";
import { findDocumentUsages } from "./find-document-usages";

/** The editor's record, with where it is used (so the page can explain why delete or a kind change is refused). */
export async function getDocumentTemplate({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const document = await findCompanyDocument(ctx, input.id);
  return { document, usages: await findDocumentUsages(ctx, document) };
}

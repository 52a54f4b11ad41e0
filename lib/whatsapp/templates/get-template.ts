import type { Ctx } from "@/lib/core/ctx";
import { variableCount } from "@/lib/whatsapp/template-fields";
import { findTemplate } from "./find-template";
import { isMapped } from "./list-templates";

/** One template of the logged company for its detail page (404 for another company's id). */
export async function getTemplate({ ctx, input }: { ctx: Ctx; input: { id: number } }) {
  const template = await findTemplate(ctx, input.id);
  return { ...template, variables: variableCount(template.body), mapped: isMapped(template) };
}

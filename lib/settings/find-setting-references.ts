import { and, eq, isNull, notExists, sql } from "drizzle-orm";
import { companies, settings } from "@/db/schema";
import type { Ctx } from "@/lib/core/ctx";
import { conflict } from "@/lib/core/errors";
import { settingDefinitions } from "./definitions";
import type { SettingField } from "./registry";

/**
 * Parameters pointing at a phone type or additional field code, either by a saved value or by a default
 * still in effect somewhere; such codes cannot be renamed or deleted without breaking the parameter.
 */
export async function findSettingReferences(
  ctx: Pick<Ctx, "db">, kind: Extract<SettingField["kind"], "phoneType" | "additionalField">, code: string,
): Promise<string[]> {
  const found: string[] = [];
  for (const def of settingDefinitions()) {
    const keys = def.fields.filter((f) => f.kind === kind).map((f) => f.key);
    if (keys.length === 0) continue;
    const points = (value: unknown) => keys.some((k) => (value as Record<string, unknown>)[k] === code);
    const stored = await ctx.db.select({ value: settings.value }).from(settings).where(eq(settings.code, def.code));
    if (stored.some((row) => points(row.value)) || (points(def.defaults) && await defaultInEffect(ctx, def.code, def.scope))) {
      found.push(`${def.code} (${def.title})`);
    }
  }
  return found;
}

/** The default applies where the parameter was never saved: org-wide, or for any company without its own value. */
async function defaultInEffect(ctx: Pick<Ctx, "db">, code: string, scope: "organization" | "company") {
  if (scope === "organization") {
    const [row] = await ctx.db.select({ id: settings.id }).from(settings).where(and(eq(settings.code, code), isNull(settings.companyId)));
    return !row;
  }
  const [company] = await ctx.db.select({ id: companies.id }).from(companies).where(notExists(
    ctx.db.select({ one: sql`1` }).from(settings).where(and(eq(settings.code, code), eq(settings.companyId, companies.id))),
  )).limit(1);
  return Boolean(company);
}

/** Renaming a code a parameter points at would silently break the parameter: refused, naming the parameter. */
export async function assertCodeRenameAllowed(
  ctx: Pick<Ctx, "db">, kind: Extract<SettingField["kind"], "phoneType" | "additionalField">, currentCode: string, nextCode: string,
) {
  if (currentCode === nextCode) return;
  const references = await findSettingReferences(ctx, kind, currentCode);
  if (references.length) {
    throw conflict("code", `O código ${currentCode} é usado no parâmetro ${references.join(", ")}: altere o parâmetro antes de mudar o código.`);
  }
}

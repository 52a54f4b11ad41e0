import "server-only";
import { eq } from "drizzle-orm";
import { additionalFields, phoneTypes, settings } from "@/db/schema";
import { recordAudit } from "@/lib/core/audit";
import { decryptSecret, encryptSecret } from "@/lib/core/crypto";
import { assertCompanyAccess, requireAdmin, type Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import { fieldErrorsOf } from "@/lib/core/action";
import { findSettingDefinition } from "./definitions";
import { readStoredSetting } from "./get-setting";
import { secretKeys } from "./registry";
import type { UpdateSettingInput } from "./schemas";

/** Validates a parameter against its registered schema and references, encrypts secrets, audits the change. */
export async function updateSetting({ ctx, input }: { ctx: Ctx; input: UpdateSettingInput }) {
  requireAdmin(ctx);
  const def = findSettingDefinition(input.code);
  if (!def) throw invalid("code", `Parâmetro ${input.code} não existe.`);
  const companyId = def.scope === "company" ? input.companyId : undefined;
  if (def.scope === "company") {
    if (!companyId) throw invalid("companyId", "Escolha a empresa do parâmetro.");
    assertCompanyAccess(ctx, companyId);
  }

  const current = await readStoredSetting(ctx.db, def, companyId);
  const incoming = { ...input.value };
  // An empty secret means "keep the stored one"; the browser only ever saw it masked.
  for (const key of secretKeys(def)) {
    if (!incoming[key]) incoming[key] = current.configured ? current.value[key] : "";
  }
  const secretsAlreadyStored = new Set(secretKeys(def).filter((k) => incoming[k] === current.value[k] && current.configured));
  const forValidation = Object.fromEntries(
    Object.entries(incoming).map(([k, v]) => [k, secretsAlreadyStored.has(k) ? "********" : v]),
  );
  const parsed = def.schema.safeParse(forValidation);
  if (!parsed.success) throw new ServiceError("INVALID", `Verifique os campos: ${parsed.error.issues[0]?.message}`, fieldErrorsOf(parsed.error));

  let value: Record<string, unknown> = { ...parsed.data };
  if (def.prepare) {
    const plain = { ...value };
    for (const key of secretsAlreadyStored) plain[key] = decryptSecret(String(current.value[key]));
    value = { ...value, ...(await def.prepare(plain, ctx)) };
  }
  for (const field of def.fields) {
    const v = value[field.key];
    if (field.kind === "phoneType" && v) {
      const [found] = await ctx.db.select().from(phoneTypes).where(eq(phoneTypes.code, String(v)));
      if (!found) throw invalid(field.key, `Tipo de telefone ${String(v)} não existe.`);
    }
    if (field.kind === "additionalField" && v) {
      const [found] = await ctx.db.select().from(additionalFields).where(eq(additionalFields.code, String(v)));
      if (!found) throw invalid(field.key, `Campo adicional ${String(v)} não existe (cadastre-o em PESFL101).`);
    }
    if (field.kind === "secret") {
      value[field.key] = secretsAlreadyStored.has(field.key) ? current.value[field.key] : v ? encryptSecret(String(v)) : "";
    }
  }

  const now = ctx.clock.now();
  await ctx.db.insert(settings)
    .values({ code: def.code, companyId: companyId ?? null, value, updatedAt: now, updatedBy: ctx.user.id })
    .onConflictDoUpdate({ target: [settings.code, settings.companyId], set: { value, updatedAt: now, updatedBy: ctx.user.id } });
  await def.afterSave?.(value, ctx);
  await recordAudit(ctx, {
    entity: "setting", entityId: def.code, action: current.configured ? "update" : "create", companyId: companyId ?? null,
    before: current.configured ? current.value : undefined, after: value,
  });
  return { code: def.code };
}

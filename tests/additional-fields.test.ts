import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { additionalFields, auditLog, people, personAdditionalValues } from "../db/schema";
import { additionalFieldActions } from "../lib/additional-fields/actions";
import { listAdditionalFields } from "../lib/additional-fields/list-additional-fields";
import { saveAdditionalField } from "../lib/additional-fields/save-additional-field";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const save = (userId: number, input: unknown) =>
  executeAction(additionalFieldActions["additionalFields.save"], input, { userId }, { db: t.db, clock });
const remove = (userId: number, id: number) =>
  executeAction(additionalFieldActions["additionalFields.delete"], { id }, { userId }, { db: t.db, clock });

async function giveValue(fieldId: number, value: string) {
  const [person] = await t.db.insert(people).values({ kind: "natural", name: "Pessoa com valor" }).returning();
  await t.db.insert(personAdditionalValues).values({ personId: person!.id, fieldId, value });
}

describe("additional fields (PESFL101)", () => {
  it("creates a field with an upper-case code, lists it and audits it", async () => {
    const ctx = await makeCtx(t.db);
    const r = await save(ctx.user.id, { code: "dt_aniversario", label: "Aniversário", type: "date" });
    expect(r).toMatchObject({ ok: true, data: { code: "DT_ANIVERSARIO", label: "Aniversário", type: "date" } });
    const id = r.ok ? r.data.id : 0;
    expect(await listAdditionalFields({ ctx })).toContainEqual({ id, code: "DT_ANIVERSARIO", label: "Aniversário", type: "date", inUse: false });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "additional_field"), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ action: "create", after: { code: "DT_ANIVERSARIO" } });
  });

  it.each([
    [{ code: "COD-1", label: "Código", type: "text" }, "code", "Use apenas letras, dígitos e _ no código, ex.: DT_ANIVERSARIO."],
    [{ code: "COR", label: "Cor", type: "color" }, "type", "Escolha o tipo."],
    [{ code: "COR", label: "", type: "text" }, "label", "Informe o rótulo."],
  ])("refuses %j naming the field %s", async (input, field, message) => {
    const ctx = await makeCtx(t.db);
    expect(await save(ctx.user.id, input)).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [field]: [message] } });
  });

  it("refuses a duplicate code", async () => {
    const ctx = await makeCtx(t.db);
    await saveAdditionalField({ ctx, input: { code: "TIME", label: "Time do coração", type: "text" } });
    expect(await save(ctx.user.id, { code: "TIME", label: "Outro", type: "text" }))
      .toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { code: ["Já existe um campo adicional com este código."] } });
  });

  it("keeps the type once people have values, but still lets the label change", async () => {
    const ctx = await makeCtx(t.db);
    const field = await saveAdditionalField({ ctx, input: { code: "QT_FILHOS", label: "Filhos", type: "number" } });
    expect(await save(ctx.user.id, { id: field.id, code: "QT_FILHOS", label: "Filhos", type: "text" })).toMatchObject({ ok: true });
    expect(await save(ctx.user.id, { id: field.id, code: "QT_FILHOS", label: "Filhos", type: "number" })).toMatchObject({ ok: true });
    await giveValue(field.id, "2");
    expect(await save(ctx.user.id, { id: field.id, code: "QT_FILHOS", label: "Filhos", type: "text" })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { type: ["O tipo não pode mudar: 1 pessoa(s) já têm valor neste campo."] },
    });
    expect(await save(ctx.user.id, { id: field.id, code: "QT_FILHOS", label: "Quantidade de filhos", type: "number" })).toMatchObject({ ok: true });
    expect((await listAdditionalFields({ ctx })).find((f) => f.id === field.id)).toMatchObject({ label: "Quantidade de filhos", inUse: true });
  });

  it("deletes an unused field and refuses one with values, which stay in place", async () => {
    const ctx = await makeCtx(t.db);
    const unused = await saveAdditionalField({ ctx, input: { code: "FL_VIP", label: "VIP", type: "boolean" } });
    expect(await remove(ctx.user.id, unused.id)).toEqual({ ok: true, data: { id: unused.id } });
    expect(await t.db.select().from(additionalFields).where(eq(additionalFields.id, unused.id))).toHaveLength(0);

    const used = await saveAdditionalField({ ctx, input: { code: "DS_PROFISSAO", label: "Profissão", type: "text" } });
    await giveValue(used.id, "Professora");
    expect(await remove(ctx.user.id, used.id)).toMatchObject({
      ok: false, code: "CONFLICT", error: "O campo DS_PROFISSAO tem valores em 1 pessoa(s) e não pode ser excluído.",
    });
    expect(await t.db.select().from(personAdditionalValues).where(eq(personAdditionalValues.fieldId, used.id))).toHaveLength(1);
  });

  it("is for admins only", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await save(ctx.user.id, { code: "X", label: "Xis", type: "text" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await remove(ctx.user.id, 1)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

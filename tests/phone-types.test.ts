import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, people, personPhones, phoneTypes } from "../db/schema";
import { executeAction } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { deletePhoneType } from "../lib/phone-types/delete-phone-type";
import { phoneTypeActions } from "../lib/phone-types/actions";
import { listPhoneTypes } from "../lib/phone-types/list-phone-types";
import { savePhoneType } from "../lib/phone-types/save-phone-type";
import { updateSetting } from "../lib/settings/update-setting";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const save = (userId: number, input: unknown) => executeAction(phoneTypeActions["phoneTypes.save"], input, { userId }, { db: t.db, clock });
const remove = (userId: number, id: number) => executeAction(phoneTypeActions["phoneTypes.delete"], { id }, { userId }, { db: t.db, clock });

describe("phone types (PESFM020)", () => {
  it("creates a type with its code in capitals, lists it, edits and audits it", async () => {
    const ctx = await makeCtx(t.db);
    const r = await save(ctx.user.id, { code: " wpp ", description: "WhatsApp" });
    expect(r).toMatchObject({ ok: true, data: { code: "WPP", description: "WhatsApp" } });
    const id = r.ok ? r.data.id : 0;
    expect(await save(ctx.user.id, { id, code: "WPP", description: "WhatsApp comercial" })).toMatchObject({ ok: true });
    expect(await listPhoneTypes({ ctx })).toContainEqual({ id, code: "WPP", description: "WhatsApp comercial" });
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "phone_type"), eq(auditLog.entityId, String(id))));
    expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("refuses codes longer than 5 characters or with symbols, naming the field", async () => {
    const ctx = await makeCtx(t.db);
    expect(await save(ctx.user.id, { code: "CELULAR", description: "Celular" }))
      .toMatchObject({ ok: false, code: "INVALID", fieldErrors: { code: ["Código com no máximo 5 caracteres."] } });
    expect(await save(ctx.user.id, { code: "C-1", description: "Celular" }))
      .toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("apenas letras e dígitos")] } });
  });

  it("refuses a duplicate code", async () => {
    const ctx = await makeCtx(t.db);
    await savePhoneType({ ctx, input: { code: "FAX", description: "Fax" } });
    expect(await save(ctx.user.id, { code: "fax", description: "Outro fax" }))
      .toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { code: ["Já existe um tipo de telefone com este código."] } });
  });

  it("deletes an unused type and refuses one used by a person's phone", async () => {
    const ctx = await makeCtx(t.db);
    const unused = await savePhoneType({ ctx, input: { code: "REC", description: "Recado" } });
    expect(await remove(ctx.user.id, unused.id)).toEqual({ ok: true, data: { id: unused.id } });
    expect(await t.db.select().from(phoneTypes).where(eq(phoneTypes.id, unused.id))).toHaveLength(0);
    const [deleted] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, String(unused.id)), eq(auditLog.action, "delete")));
    expect(deleted?.before).toMatchObject({ code: "REC" });

    const used = await savePhoneType({ ctx, input: { code: "COM", description: "Comercial" } });
    const [person] = await t.db.insert(people).values({ kind: "natural", name: "Fulana" }).returning();
    await t.db.insert(personPhones).values({ personId: person!.id, phoneTypeId: used.id, e164: "+5511987654321" });
    expect(await remove(ctx.user.id, used.id)).toMatchObject({
      ok: false, code: "CONFLICT", error: "O tipo COM está em uso em telefones de pessoas e não pode ser excluído.",
    });
    expect(await t.db.select().from(phoneTypes).where(eq(phoneTypes.id, used.id))).toHaveLength(1);
  });

  it("refuses deleting or renaming the type a parameter points at", async () => {
    const ctx = await makeCtx(t.db);
    const mobile = await savePhoneType({ ctx, input: { code: "MOV", description: "Móvel" } });
    await updateSetting({ ctx, input: { code: "CD_TIPOFONE_CELULAR", companyId: ctx.companyId, value: { phoneTypeCode: "MOV" } } });
    expect(await remove(ctx.user.id, mobile.id)).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("CD_TIPOFONE_CELULAR") });
    expect(await save(ctx.user.id, { id: mobile.id, code: "MOB", description: "Móvel" }))
      .toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { code: [expect.stringContaining("CD_TIPOFONE_CELULAR")] } });
  });

  it("protects the default mobile type while some company still relies on the default", async () => {
    const ctx = await makeCtx(t.db);
    const cel = await savePhoneType({ ctx, input: { code: "CEL", description: "Celular" } });
    expect(await remove(ctx.user.id, cel.id)).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("CD_TIPOFONE_CELULAR") });
  });

  it("is for admins only", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await save(ctx.user.id, { code: "OPR", description: "Operador" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(deletePhoneType({ ctx, input: { id: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

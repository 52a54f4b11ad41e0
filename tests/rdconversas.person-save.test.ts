import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, settings } from "../db/schema";
import type { Ctx } from "../lib/core/ctx";
import { savePerson } from "../lib/people/save-person";
import { makeCtx } from "./support/fixtures";
import { personInput } from "./support/people-fixtures";
import { configureRdModule, RD_CHIP_ID, RD_FIELD_CODE } from "./support/rd-contact-fixtures";
import { useTestDb } from "./support/test-db";

process.env.APP_SECRET = "chave-de-teste-contatos";
const t = useTestDb();
let ctx: Ctx;
let cel: number;
let fieldId: number;

const contactRows = (personId: number) => t.db.select().from(outboxMessages)
  .where(and(eq(outboxMessages.personId, personId), eq(outboxMessages.kind, "rd.contact")));
const mobile = (number: string, isPrimary = true) => ({ phoneTypeId: cel, number, isPrimary });

beforeAll(async () => {
  ctx = await makeCtx(t.db, "operator");
  ({ celTypeId: cel, fieldId } = await configureRdModule(t.db));
});

describe("sending the RD contact when a person is saved", () => {
  it("queues the contact once for a new primary mobile, and again only when the number changes", async () => {
    const input = personInput({ name: "Salva Celular", phones: [mobile("(11) 98765-0001")] });
    const { id } = await savePerson({ ctx, input });
    await savePerson({ ctx, input: { ...input, id } });
    const [first, ...others] = await contactRows(id);
    expect(others).toEqual([]);
    expect(first).toMatchObject({
      status: "queued", recipient: "+5511987650001", producer: "person-save", companyId: ctx.companyId,
      idempotencyKey: `rd-contact:${id}:+5511987650001`, payload: { name: "Salva Celular", channelId: RD_CHIP_ID, fieldCode: RD_FIELD_CODE },
    });

    await savePerson({ ctx, input: { ...input, id, phones: [mobile("(11) 98765-0002")] } });
    expect((await contactRows(id)).map((r) => r.recipient).sort()).toEqual(["+5511987650001", "+5511987650002"]);
  });

  it("queues nothing for a mobile that is not primary", async () => {
    const { id } = await savePerson({ ctx, input: personInput({ name: "Salva Secundário", phones: [mobile("(11) 98765-0003", false)] }) });
    expect(await contactRows(id)).toEqual([]);
  });

  it("queues nothing for a person who already has an RD id", async () => {
    const { id } = await savePerson({ ctx, input: personInput({
      name: "Salva Com Id", phones: [mobile("(11) 98765-0004")], additionalValues: [{ fieldId, value: "rd-existente" }],
    }) });
    expect(await contactRows(id)).toEqual([]);
  });

  it("queues nothing while DS_LST_CONFIG_RDCONVERSAS is not configured, and the person is saved all the same", async () => {
    await t.db.delete(settings).where(eq(settings.code, "DS_LST_CONFIG_RDCONVERSAS"));
    const { id } = await savePerson({ ctx, input: personInput({ name: "Salva Sem Parâmetro", phones: [mobile("(11) 98765-0005")] }) });
    expect(id).toBeGreaterThan(0);
    expect(await contactRows(id)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { loadContext } from "../lib/core/ctx";
import { fixedClock } from "../lib/core/clock";
import { getOrder } from "../lib/people/get-order";
import { getPerson } from "../lib/people/get-person";
import { makeCompany, makeUser } from "./support/fixtures";
import { insertPerson, makeOrder, makeReceivable, uniqueCpf } from "./support/people-fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();

async function operatorOf(companyIds: number[]) {
  const user = await makeUser(t.db, "operator", companyIds);
  return loadContext(t.db, user.id, fixedClock("2026-11-23T12:00:00Z"));
}

describe("receivables and orders follow company grants", () => {
  it("shows a person to everyone but only the receivables and orders of granted companies", async () => {
    const mine = await makeCompany(t.db, "Minha Empresa");
    const other = await makeCompany(t.db, "Outra Empresa");
    const person = await insertPerson(t.db, { name: "Cliente Compartilhado", document: uniqueCpf() });
    await makeReceivable(t.db, mine.id, person.id, { documentNumber: "MINHA-1", status: "in_progress", paymentMethod: "carne_pix" });
    await makeReceivable(t.db, other.id, person.id, { documentNumber: "OUTRA-1" });
    await makeOrder(t.db, mine.id, person.id);
    await makeOrder(t.db, other.id, person.id);

    const ctx = await operatorOf([mine.id]);
    const detail = await getPerson({ ctx, input: { id: person.id } });
    expect(detail.person.name).toBe("Cliente Compartilhado");
    expect(detail.receivables.items.map((r) => [r.documentNumber, r.companyName, r.status, r.paymentMethod]))
      .toEqual([["MINHA-1", "Minha Empresa", "in_progress", "carne_pix"]]);
    expect(detail.orders.items.map((o) => o.companyName)).toEqual(["Minha Empresa"]);

    const outsider = await operatorOf([other.id]);
    expect((await getPerson({ ctx: outsider, input: { id: person.id } })).receivables.items.map((r) => r.documentNumber)).toEqual(["OUTRA-1"]);
  });

  it("shows the 50 receivables due last, newest first", async () => {
    const company = await makeCompany(t.db);
    const person = await insertPerson(t.db, { name: "Muitos Títulos", document: uniqueCpf() });
    for (let day = 1; day <= 28; day++) {
      const dd = String(day).padStart(2, "0");
      await makeReceivable(t.db, company.id, person.id, { documentNumber: `A-${dd}`, dueDate: `2026-01-${dd}` });
      await makeReceivable(t.db, company.id, person.id, { documentNumber: `B-${dd}`, dueDate: `2026-02-${dd}` });
    }
    const detail = await getPerson({ ctx: await operatorOf([company.id]), input: { id: person.id } });
    expect(detail.receivables.items).toHaveLength(50);
    expect(detail.receivables.more).toBe(true);
    expect(detail.receivables.items[0]!.dueDate).toBe("2026-02-28");
    expect(detail.receivables.items.at(-1)!.dueDate).toBe("2026-01-07");
  });

  it("opens an order with its stage history only for a granted company", async () => {
    const mine = await makeCompany(t.db);
    const other = await makeCompany(t.db);
    const person = await insertPerson(t.db, { name: "Compradora", document: uniqueCpf() });
    const order = await makeOrder(t.db, mine.id, person.id, ["received", "invoiced", "delivered"]);
    const foreign = await makeOrder(t.db, other.id, person.id);
    const ctx = await operatorOf([mine.id]);

    const found = await getOrder({ ctx, input: { id: order.id } });
    expect(found.person.name).toBe("Compradora");
    expect(found.history.map((h) => h.stage)).toEqual(["received", "invoiced", "delivered"]);
    await expect(getOrder({ ctx, input: { id: foreign.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND for a person that does not exist", async () => {
    const ctx = await operatorOf([(await makeCompany(t.db)).id]);
    await expect(getPerson({ ctx, input: { id: 987_654 } })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Pessoa não encontrado(a)." });
  });
});

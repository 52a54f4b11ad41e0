import { orders, orderStageHistory, people, personPhones, phoneTypes, receivables } from "../../db/schema";
import type { Db } from "../../db/client";
import { emptyPerson } from "../../lib/people/form-values";
import type { PersonInput } from "../../lib/people/schemas";

let counter = 0;

/** A valid CPF (check digits computed) from any number, so tests never collide on documents. */
export function cpfFrom(n: number): string {
  const base = String(n % 1_000_000_000).padStart(9, "0");
  const digit = (digits: string) => {
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (digits.length + 1 - i), 0);
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const first = digit(base);
  return `${base}${first}${digit(`${base}${first}`)}`;
}

export const uniqueCpf = () => cpfFrom(process.pid * 1000 + Date.now() % 100_000 + ++counter * 7919);

export async function makePhoneType(db: Db, code = `T${process.pid % 1000}${++counter}`) {
  const [type] = await db.insert(phoneTypes).values({ code, description: `Tipo ${code}` }).returning();
  return type!;
}

/** A person inserted directly (no service), with optional phones in E.164. */
export async function insertPerson(db: Db, values: Partial<typeof people.$inferInsert> & { name: string }, phones: { phoneTypeId: number; e164: string; isPrimary?: boolean }[] = []) {
  const [person] = await db.insert(people).values({ kind: "natural", ...values }).returning();
  if (phones.length) await db.insert(personPhones).values(phones.map((p) => ({ personId: person!.id, isPrimary: false, ...p })));
  return person!;
}

/** Form input for savePerson with sensible defaults. */
export const personInput = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  ...emptyPerson(), name: "Pessoa Teste", document: uniqueCpf(), ...overrides,
});

export async function makeReceivable(db: Db, companyId: number, personId: number, overrides: Partial<typeof receivables.$inferInsert> = {}) {
  const [row] = await db.insert(receivables).values({
    companyId, personId, documentNumber: `DOC-${++counter}`, dueDate: "2026-11-25", amountCents: 15_990, paymentMethod: "boleto",
    ...overrides,
  }).returning();
  return row!;
}

export async function makeOrder(db: Db, companyId: number, personId: number, stages: string[] = ["received"]) {
  const [order] = await db.insert(orders).values({
    companyId, personId, channel: "omni", number: `PED-${++counter}`, stage: stages.at(-1)!, totalCents: 29_900,
  }).returning();
  await db.insert(orderStageHistory).values(stages.map((stage, i) => ({
    orderId: order!.id, stage, at: new Date(Date.UTC(2026, 10, 20, 12, i)),
  })));
  return order!;
}

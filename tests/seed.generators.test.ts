import {
  getBoletoInfo, getPixPayloadInfo, isValidBoleto, isValidCNPJ, isValidCPF, isValidPixPayload,
} from "@brazilian-utils/brazilian-utils";
import { describe, expect, it } from "vitest";
import { RECEIVABLE_STATUSES } from "../db/schema";
import {
  amountCents, boletoDigitableLine, cnpjFromIndex, cpfFromIndex, createRng, DDDS, dueDateFactor, landlinePhone,
  mobilePhone, ORDER_STAGES, personName, pixCopyPaste,
} from "../db/seed/generators";
import { orderSpec } from "../db/seed/orders";
import { buildDemoPeople } from "../db/seed/people";
import { receivableRow } from "../db/seed/receivables";
import { VOLUME_INDEX_BASE } from "../db/seed/volume";
import { isMobile, normalizePhone } from "../lib/br/phone";

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const company = { id: 7, code: "01", name: "Moda Brasil Matriz", document: "11222333000181" };

describe("createRng", () => {
  it("repeats the same sequence for the same seed and another for another seed", () => {
    const draw = (seed: number) => { const rng = createRng(seed); return range(0, 20).map(() => rng.int(0, 1_000_000)); };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays within the bounds asked for", () => {
    const rng = createRng(1);
    const values = range(0, 5_000).map(() => rng.int(-30, 30));
    expect(Math.min(...values)).toBe(-30);
    expect(Math.max(...values)).toBe(30);
  });
});

describe.each([
  { label: "demo indexes", from: 0 },
  { label: "volume indexes", from: VOLUME_INDEX_BASE },
  { label: "indexes near the documented CPF limit", from: 332_469_494 },
])("documents from $label", ({ from }) => {
  const indexes = range(from, 10_000);

  it("gives 10,000 valid and distinct CPFs", () => {
    const cpfs = indexes.map(cpfFromIndex);
    expect(cpfs.filter((cpf) => !isValidCPF(cpf))).toEqual([]);
    expect(new Set(cpfs).size).toBe(cpfs.length);
  });

  it("gives 10,000 valid and distinct CNPJs of head offices", () => {
    const cnpjs = indexes.map(cnpjFromIndex);
    expect(cnpjs.filter((cnpj) => !isValidCNPJ(cnpj))).toEqual([]);
    expect(new Set(cnpjs).size).toBe(cnpjs.length);
    expect(cnpjs.every((cnpj) => cnpj.slice(8, 12) === "0001")).toBe(true);
  });
});

describe("phones", () => {
  const indexes = range(0, 10_000);

  it.each([
    { kind: "mobile", make: mobilePhone, mobile: true },
    { kind: "landline", make: landlinePhone, mobile: false },
  ])("every generated $kind is a valid Brazilian number already in E.164", ({ make, mobile }) => {
    const phones = indexes.map((index) => make(index, DDDS[index % DDDS.length]!));
    const rejected = phones.filter((phone) => { const result = normalizePhone(phone); return !result.ok || result.e164 !== phone; });
    expect(rejected).toEqual([]);
    expect(phones.every((phone) => isMobile(phone) === mobile)).toBe(true);
  });

  it("never repeats a number within one area code", () => {
    const phones = indexes.map((index) => mobilePhone(index, 11));
    expect(new Set(phones).size).toBe(phones.length);
  });
});

describe("boletoDigitableLine", () => {
  it.each([
    { dueDate: "2000-07-03", factor: 1000 },
    { dueDate: "2025-02-21", factor: 9999 },
    { dueDate: "2025-02-22", factor: 1000 },
    { dueDate: "2026-11-25", factor: 1641 },
  ])("fator de vencimento of $dueDate is $factor", ({ dueDate, factor }) => {
    expect(dueDateFactor(dueDate)).toBe(factor);
  });

  it.each([
    { bankCode: "341", dueDate: "2026-11-25", amountCents: 18_990 },
    { bankCode: "237", dueDate: "2025-02-22", amountCents: 5 },
    { bankCode: "001", dueDate: "2026-12-31", amountCents: 1_234_567 },
  ])("$bankCode due $dueDate for $amountCents cents reads back as a valid boleto", ({ bankCode, dueDate, amountCents: cents }) => {
    const line = boletoDigitableLine({ bankCode, dueDate, amountCents: cents, freeField: "1234567890123456789012345" });
    expect(line).toMatch(/^\d{47}$/);
    expect(isValidBoleto(line)).toBe(true);
    const info = getBoletoInfo(line, { referenceDate: new Date(`${dueDate}T12:00:00Z`) });
    expect(info).toMatchObject({ amount: cents, bankCode });
    expect(info!.expirationDate!.toISOString().slice(0, 10)).toBe(dueDate);
  });
});

describe("pixCopyPaste", () => {
  it("builds a valid BR Code carrying the amount and the txid", () => {
    const code = pixCopyPaste({
      pixKey: "11222333000181", merchantName: "Moda Brasil Matriz", merchantCity: "São Paulo", amountCents: 12_345, txid: "RCD7N15",
    });
    expect(isValidPixPayload(code)).toBe(true);
    expect(getPixPayloadInfo(code)).toMatchObject({ amount: 123.45, txid: "RCD7N15" });
  });
});

describe("names and money", () => {
  it("writes Portuguese names with their accents", () => {
    const rng = createRng(5);
    const names = range(0, 500).map(() => personName(rng));
    expect(names.some((name) => /[áâãçéêíóôõú]/i.test(name))).toBe(true);
    expect(names.every((name) => /^[A-ZÁÂÉÍÓÔÚ][\p{L} ]+$/u.test(name) && !name.includes("  "))).toBe(true);
  });

  it("amounts are integer cents in multiples of 10 within the bounds", () => {
    const rng = createRng(9);
    const amounts = range(0, 1_000).map(() => amountCents(rng, 4_990, 150_000));
    expect(amounts.every((cents) => Number.isInteger(cents) && cents % 10 === 0 && cents >= 4_990 && cents <= 150_000)).toBe(true);
  });
});

describe("buildDemoPeople", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const build = () => buildDemoPeople(createRng(20_240_523), { count: 2_000, contacts: 150, now });
  const people = build();

  it("is the same list on every run", () => {
    expect(build()).toEqual(people);
  });

  it("is about 90% natural persons with CPF and 10% legal persons with CNPJ and trade name", () => {
    const legal = people.filter((person) => person.kind === "legal");
    expect(legal.length).toBeGreaterThan(150);
    expect(legal.length).toBeLessThan(250);
    expect(legal.every((person) => isValidCNPJ(person.document!) && person.tradeName)).toBe(true);
    const withCpf = people.filter((person) => person.kind === "natural" && person.document);
    expect(withCpf.every((person) => isValidCPF(person.document!) && person.tradeName === null)).toBe(true);
    expect(new Set(people.map((person) => person.erpCode)).size).toBe(people.length);
  });

  it("gives everyone exactly one mobile, some a landline and e-mails, and a few opt-outs", () => {
    expect(people.every((person) => person.phones.filter((phone) => phone.type === "CEL").length === 1)).toBe(true);
    expect(people.filter((person) => person.phones.length > 1).length).toBeGreaterThan(200);
    expect(people.filter((person) => person.emails.length > 0).length).toBeGreaterThan(1_000);
    const optedOut = people.filter((person) => person.optOutWhatsapp).length;
    expect(optedOut).toBeGreaterThan(0);
    expect(optedOut).toBeLessThan(100);
  });

  it("links 150 natural persons as contacts of legal accounts", () => {
    const contacts = people.filter((person) => person.accountPosition !== null);
    expect(contacts).toHaveLength(150);
    expect(contacts.every((contact) => contact.kind === "natural" && people[contact.accountPosition!]!.kind === "legal")).toBe(true);
  });
});

describe("receivableRow", () => {
  const rng = createRng(3);
  const rows = range(1, 2_000).map((sequence) => receivableRow(rng, {
    company, personId: 1, documentNumber: String(sequence), sequence, seedDate: "2026-11-23", dayOffset: rng.int(-30, 30),
  }));

  it("boletos carry a valid linha digitável for their amount and due date, carnês a valid Pix code", () => {
    for (const row of rows) {
      if (row.paymentMethod === "boleto") {
        expect(row.pixCode).toBeNull();
        expect(getBoletoInfo(row.digitableLine!, { referenceDate: new Date("2026-11-23") })).toMatchObject({ amount: row.amountCents });
      } else {
        expect(row.digitableLine).toBeNull();
        expect(getPixPayloadInfo(row.pixCode!)?.amount).toBe(row.amountCents / 100);
      }
    }
    expect(rows.filter((row) => row.paymentMethod === "boleto").length).toBeGreaterThan(1_000);
  });

  it("are mostly open, with carnês in progress and some paid and cancelled", () => {
    const count = (status: (typeof RECEIVABLE_STATUSES)[number]) => rows.filter((row) => row.status === status).length;
    expect(count("open")).toBeGreaterThan(rows.length / 2);
    expect(count("paid")).toBeGreaterThan(0);
    expect(count("cancelled")).toBeGreaterThan(0);
    expect(rows.filter((row) => row.status === "in_progress").every((row) => row.paymentMethod === "carne_pix")).toBe(true);
    expect(count("in_progress")).toBeGreaterThan(0);
    expect(rows.every((row) => row.dueDate >= "2026-10-24" && row.dueDate <= "2026-12-23")).toBe(true);
  });
});

describe("orderSpec", () => {
  it("moves through the stages in order, in the past, ending at the current stage", () => {
    const rng = createRng(11);
    const now = new Date("2026-11-23T12:00:00Z");
    for (const sequence of range(1, 300)) {
      const order = orderSpec(rng, { companyId: 1, personId: 1, sequence, now });
      expect(order.history.map((step) => step.stage)).toEqual(ORDER_STAGES.slice(0, order.history.length));
      expect(order.history.at(-1)!.stage).toBe(order.stage);
      const times = order.history.map((step) => step.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)!).toBeLessThanOrEqual(now.getTime());
      expect(order.number).toMatch(order.channel === "omni" ? /^OM\d{7}$/ : /^PI\d{7}$/);
    }
  });
});

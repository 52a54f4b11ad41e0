import { describe, expect, it } from "vitest";
import { normalizeAdditionalValue } from "../lib/people/additional-value";
import { peopleSearchSchema } from "../lib/people/schemas";
import { searchCriteria } from "../lib/people/search-criteria";

describe("searchCriteria (automatic mode)", () => {
  it.each([
    ["", { resolved: "all" }],
    ["joão", { resolved: "name", name: "joão" }],
    ["529.982.247-25", { resolved: "document", document: "52998224725", phoneSuffix: "52998224725" }],
    ["52998224725", { resolved: "document", document: "52998224725", phoneSuffix: "52998224725" }],
    ["11.222.333/0001-81", { resolved: "document", document: "11222333000181" }],
    ["(11) 98765-4321", { resolved: "phone_or_erp", phoneSuffix: "11987654321", erpCodes: ["(11) 98765-4321", "11987654321"] }],
    ["4321", { resolved: "phone_or_erp", phoneSuffix: "4321", erpCodes: ["4321"] }],
    ["011 98765-4321", { resolved: "phone_or_erp", phoneSuffix: "11987654321", erpCodes: ["011 98765-4321", "011987654321"] }],
  ])("%j", (q, expected) => {
    expect(searchCriteria(q, "auto")).toEqual(expected);
  });
});

describe("searchCriteria (explicit modes)", () => {
  it.each([
    ["name", "12", { resolved: "name", name: "12" }],
    ["document", "529.982.247-25", { resolved: "document", document: "52998224725" }],
    ["phone", "+55 (11) 98765-4321", { resolved: "phone", phoneSuffix: "5511987654321" }],
    ["erp", "C0042", { resolved: "erp", erpCodes: ["C0042"] }],
  ] as const)("%s %j", (mode, q, expected) => {
    expect(searchCriteria(q, mode)).toEqual(expected);
  });
});

describe("peopleSearchSchema", () => {
  it("tolerates anything typed into the address bar", () => {
    expect(peopleSearchSchema.parse({ q: ["a", "b"], mode: "nope", page: "-3" })).toEqual({ q: "", mode: "auto", page: 1 });
    expect(peopleSearchSchema.parse({ q: "  Maria ", mode: "phone", page: "4" })).toEqual({ q: "Maria", mode: "phone", page: 4 });
  });
});

describe("normalizeAdditionalValue", () => {
  it.each([
    ["text", " livre ", { ok: true, value: "livre" }],
    ["number", "12,5", { ok: true, value: "12.5" }],
    ["number", "doze", { ok: false, message: "Informe um número, ex.: 12 ou 12,5." }],
    ["date", "25/05/2024", { ok: true, value: "2024-05-25" }],
    ["date", "2024-05-25", { ok: true, value: "2024-05-25" }],
    ["date", "31/02/2024", { ok: false, message: "Informe uma data válida (dd/mm/aaaa)." }],
    ["boolean", "Sim", { ok: true, value: "true" }],
    ["boolean", "false", { ok: true, value: "false" }],
    ["boolean", "talvez", { ok: false, message: "Escolha Sim ou Não." }],
  ] as const)("%s %j", (type, raw, expected) => {
    expect(normalizeAdditionalValue(type, raw)).toEqual(expected);
  });
});

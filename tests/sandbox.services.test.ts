import { beforeEach, describe, expect, it } from "vitest";
import { rdSandboxState } from "../lib/providers/rdconversas/sandbox-state";
import { RD_SEED_TEMPLATES } from "../lib/providers/rdconversas/simulator-seed";
import { listSandboxInbox } from "../lib/sandbox/list-sandbox-inbox";
import { getSandboxOverview } from "../lib/sandbox/get-sandbox-overview";
import { resetSandbox } from "../lib/sandbox/reset-sandbox";
import { sandboxFaultsSchema, type SandboxFaultsInput } from "../lib/sandbox/schemas";
import { setSandboxFaults } from "../lib/sandbox/set-sandbox-faults";

const calm: SandboxFaultsInput = {
  latencyMs: 0, percent5xx: 0, percent429: 0, retryAfterSeconds: 1, percentTimeout: 0, invalidToken: false, failingNumbers: "",
};
const errorsOf = (input: SandboxFaultsInput) => {
  const parsed = sandboxFaultsSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

beforeEach(() => resetSandbox());

describe("sandbox faults form", () => {
  it("applies percentages as shares and typed numbers as E.164, and shows them back as typed", async () => {
    const faults = await setSandboxFaults({ input: { ...calm, percent5xx: 30, percent429: 12.5, retryAfterSeconds: 9, failingNumbers: "(11) 98765-4321\n 21 99999-8888 " } });
    expect(faults).toMatchObject({ share5xx: 0.3, share429: 0.125, retryAfterSeconds: 9, failingNumbers: ["+5511987654321", "+5521999998888"] });
    expect((await getSandboxOverview()).faults).toMatchObject({ percent5xx: 30, percent429: 12.5, failingNumbers: "(11) 98765-4321\n(21) 99999-8888" });
  });

  it.each<[string, Partial<SandboxFaultsInput>, string, string]>([
    ["shares over 100%", { percent5xx: 60, percent429: 30, percentTimeout: 20 }, "percentTimeout", "A soma de 5xx, 429 e timeout não pode passar de 100%."],
    ["a percentage above 100", { percent429: 101 }, "percent429", "O percentual de respostas 429 vai de 0 a 100."],
    ["a negative latency", { latencyMs: -1 }, "latencyMs", "A latência não pode ser negativa."],
    ["an empty latency", { latencyMs: Number.NaN }, "latencyMs", "Informe a latência em milissegundos (0 para nenhuma)."],
    ["an invalid failing number", { failingNumbers: "(11) 98765-4321\n123" }, "failingNumbers", "Número inválido: 123. Use DDD e número, ex.: (11) 98765-4321."],
  ])("refuses %s on the field", (_, patch, field, message) => {
    expect(errorsOf({ ...calm, ...patch })[field]).toBe(message);
  });
});

describe("sandbox customer inbox", () => {
  it("lists phones by latest message, newest messages first, filtered by any part of the number", async () => {
    const state = rdSandboxState();
    const template = RD_SEED_TEMPLATES[3]!;
    const deliver = (phone: string, order: string, minute: number) => state.deliver({
      id: `${phone}-${order}`, phone, templateId: template._id, templateName: template.name, text: `Pedido ${order}`, variables: [order],
      sentBy: "", at: new Date(Date.UTC(2026, 10, 23, 12, minute)),
    });
    deliver("+5511987654321", "1", 1);
    deliver("+5521999998888", "2", 2);
    deliver("+5511987654321", "3", 3);

    const all = await listSandboxInbox({ input: { page: 1, pageSize: 10, perPhone: 5 } });
    expect(all).toMatchObject({ total: 2, messages: 3 });
    expect(all.rows.map((r) => [r.phone, r.count, r.messages.map((m) => m.text)])).toEqual([
      ["+5511987654321", 2, ["Pedido 3", "Pedido 1"]],
      ["+5521999998888", 1, ["Pedido 2"]],
    ]);
    const filtered = await listSandboxInbox({ input: { phone: "(21) 99999", page: 1, pageSize: 10, perPhone: 5 } });
    expect(filtered.rows.map((r) => r.phone)).toEqual(["+5521999998888"]);
    const capped = await listSandboxInbox({ input: { page: 1, pageSize: 1, perPhone: 1 } });
    expect(capped).toMatchObject({ total: 2, rows: [{ count: 2, messages: [{ text: "Pedido 3" }] }] });
  });
});

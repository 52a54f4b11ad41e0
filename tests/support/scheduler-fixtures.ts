import { z } from "zod";
import { userCompanies } from "../../db/schema";
import type { Db } from "../../db/client";
import { fixedClock } from "../../lib/core/clock";
import { loadContext, type Ctx } from "../../lib/core/ctx";
import { registerProcess } from "../../lib/scheduler/processes";
import { defineProcess } from "../../lib/scheduler/processes/define";
import type { ProcessConfigInput } from "../../lib/scheduler/schemas";
import { makeCompany, makeCtx } from "./fixtures";

/** An admin granted two fresh companies, at a fixed instant (Monday 23 Nov 2026, 09:00 in São Paulo). */
export async function schedulerCtx(db: Db, now = "2026-11-23T12:00:00Z"): Promise<Ctx & { company: { id: number }; other: { id: number } }> {
  const base = await makeCtx(db, "admin", now);
  const other = await makeCompany(db, "Empresa Filial");
  await db.insert(userCompanies).values({ userId: base.user.id, companyId: other.id });
  const ctx = await loadContext(db, base.user.id, fixedClock(now));
  return Object.assign(ctx, { companyId: base.company.id, company: base.company, other });
}

export const configInput = (overrides: Partial<ProcessConfigInput> = {}): ProcessConfigInput => ({
  description: "", processType: "Cadastros", processCode: "demo.count-people", companyIds: [], groupCompanies: false,
  frequency: "daily", startAt: "2026-11-24T08:00", cronMinute: "*", cronHour: "*", cronDayOfMonth: "*", cronMonth: "*",
  cronDayOfWeek: "*", params: {}, externalAgent: "", active: true, ...overrides,
});

/** Test processes: "Atualizar cobranças" and a send task that must run 30 minutes after it (seed 001). */
export function registerBillingPair() {
  registerProcess(defineProcess({
    code: "test.update", name: "Atualizar cobranças", type: "Financeiro", params: z.object({}), handler: async () => ({}),
  }));
  registerProcess(defineProcess({
    code: "test.send", name: "Envia Mensagens Omnichannel da Fila", type: "Mensageria", params: z.object({}),
    mustFollow: { process: "test.update", minMinutes: 30 }, handler: async () => ({}),
  }));
}

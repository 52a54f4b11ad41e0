import { and, inArray } from "drizzle-orm";
import { z } from "zod";
import { companies, rdMessages } from "@/db/schema";
import { formatIsoDate } from "@/lib/br/format";
import { defineProcess } from "@/lib/scheduler/processes/define";
import { mobilePhoneTypeSetting } from "@/lib/settings/core-settings";
import { getSetting } from "@/lib/settings/get-setting";
import { dueDatesNoticedOn, type DueDateWindow } from "../business-days";
import { enqueueDueNotices, type DueMessageType, type DueNoticeCounts } from "../due-notices";
import { fieldListProblem } from "../fields";
import { getRdConfig } from "../get-config";
import { DUE_BOLETO, DUE_CARNE, messageTypeLabel } from "../message-types";
import { moduleAccountId } from "../module-account";
import { RD_CONFIG_CODE } from "../settings";

const DUE_TYPES: readonly DueMessageType[] = [DUE_BOLETO, DUE_CARNE];
/** Statements run two at a time: inserting 100,000 outbox rows (their foreign-key checks above all) is CPU-bound. */
const PARALLEL_STATEMENTS = 2;

/** Runs submitted tasks at most `limit` at a time, in submission order. */
function concurrencyLimit(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

type TypeOutcome = DueNoticeCounts & { type: DueMessageType; unusable: "missing" | "invalid" | null; problem: string | null };

const windowText = (window: DueDateWindow) =>
  window.from === window.to ? formatIsoDate(window.from) : `${formatIsoDate(window.from)} a ${formatIsoDate(window.to)}`;

/** "Vencimento boleto: 120 encontrado(s), 100 na fila, 20 ignorado(s) (5 sem celular, 15 já enviado(s) antes)". */
function describeType(outcome: TypeOutcome, phoneTypeCode: string): string {
  const label = messageTypeLabel(outcome.type);
  if (outcome.unusable === "missing") return `${label}: sem mensagem ativa, ${outcome.found} título(s) ignorado(s)`;
  if (outcome.unusable === "invalid") return `${label}: lista de campos inválida (${outcome.problem}), ${outcome.found} título(s) ignorado(s)`;
  const reasons = [
    [outcome.noPhone, `sem celular principal do tipo ${phoneTypeCode}`],
    [outcome.optedOut, "com opt-out de WhatsApp"],
    [outcome.alreadySent, "já enviado(s) antes"],
  ].filter(([n]) => Number(n) > 0).map(([n, why]) => `${n} ${why}`);
  const skipped = outcome.found - outcome.queued;
  return `${label}: ${outcome.found} encontrado(s), ${outcome.queued} na fila, ${skipped} ignorado(s)${reasons.length ? ` (${reasons.join(", ")})` : ""}`;
}

/**
 * Process 103: the due-date notices of the run's companies. Receivables due on referenceDate + QT_DIAS_AVISO_VENC
 * (or the anticipated window) get the company's active "Vencimento boleto"/"Vencimento carnê" message, once per
 * company, receivable, due date and type.
 */
export const notifyDue = defineProcess({
  code: "103",
  name: "103 - Envio Notificações RD Conversas",
  type: "Integração",
  params: z.object({
    anticipateNonBusinessDays: z.boolean().default(false)
      .describe("Antecipar avisos de fim de semana e feriado para o dia útil anterior"),
  }),
  handler: async ({ db, clock, run, params, log, progress, isCancelled }) => {
    const config = await getRdConfig(db);
    if (!config) throw new Error(`Parâmetro ${RD_CONFIG_CODE} não configurado: preencha a configuração RD Conversas (INTFM037) antes de agendar o processo 103.`);
    const accountId = await moduleAccountId(db);
    if (accountId === null) throw new Error(`Conta de envio do RD Conversas inativa ou ausente: salve novamente o parâmetro ${RD_CONFIG_CODE}.`);
    const daysAhead = config.QT_DIAS_AVISO_VENC;
    const window = dueDatesNoticedOn({ referenceDate: run.referenceDate, daysAhead, anticipate: params.anticipateNonBusinessDays });
    if (!window) {
      await log(`${formatIsoDate(run.referenceDate)} não é dia útil: os avisos deste dia saíram no dia útil anterior (antecipação ligada).`);
      return { found: 0, queued: 0, skipped: 0 };
    }
    await log(`Títulos com vencimento em ${windowText(window)} (referência ${formatIsoDate(run.referenceDate)} + ${daysAhead} dia(s)${
      window.from === window.to ? "" : ", com antecipação de fim de semana e feriado"}).`);

    const companyRows = await db.select({ id: companies.id, code: companies.code, name: companies.name })
      .from(companies).where(inArray(companies.id, run.companyIds));
    const messages = await db.select().from(rdMessages)
      .where(and(inArray(rdMessages.companyId, run.companyIds), inArray(rdMessages.type, [...DUE_TYPES])));
    const targets = await Promise.all(run.companyIds.flatMap((id) => companyRows.filter((c) => c.id === id)).map(async (company) => ({
      ...company, phoneTypeCode: (await getSetting(db, mobilePhoneTypeSetting, company.id)).phoneTypeCode,
    })));
    const slot = concurrencyLimit(PARALLEL_STATEMENTS);
    const pending = targets.map((company) => DUE_TYPES.map((type) => slot(async (): Promise<TypeOutcome | null> => {
      if (await isCancelled()) return null;
      const message = messages.find((m) => m.companyId === company.id && m.type === type && m.active);
      const problem = message ? fieldListProblem(message.fields, message.variableCount, "due") : null;
      const counts = await enqueueDueNotices({
        db, clock, runId: run.id, accountId, company, mobilePhoneTypeCode: company.phoneTypeCode, window, type,
        message: message && !problem ? message : null,
      });
      return { ...counts, type, unusable: !message ? "missing" : problem ? "invalid" : null, problem };
    })));
    // Later companies may fail while an earlier one is awaited: the failure surfaces when its turn comes.
    for (const outcome of pending.flat()) outcome.catch(() => {});

    const totals = { found: 0, queued: 0, skipped: 0 };
    try {
      for (const [index, company] of targets.entries()) {
        const results = await Promise.all(pending[index]!);
        const outcomes = results.filter((o) => o !== null);
        if (outcomes.length < results.length) break;
        const found = outcomes.reduce((n, o) => n + o.found, 0);
        const queued = outcomes.reduce((n, o) => n + o.queued, 0);
        totals.found += found;
        totals.queued += queued;
        totals.skipped += found - queued;
        await log(
          `Empresa ${company.code} – ${company.name}: ${found} encontrado(s), ${queued} na fila, ${found - queued} ignorado(s). `
            + `${outcomes.map((o) => describeType(o, company.phoneTypeCode)).join("; ")}.`,
          { level: outcomes.some((o) => o.unusable && o.found > 0) ? "warn" : "info", data: { companyId: company.id, outcomes } },
        );
        await progress(totals);
      }
    } finally {
      // A cancel or a failure leaves no statement running behind the finished run.
      await Promise.allSettled(pending.flat());
    }
    return totals;
  },
});

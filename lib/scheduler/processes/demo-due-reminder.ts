import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { people, personPhones, phoneTypes, providerAccounts, receivables } from "@/db/schema";
import { addDays, formatCents, formatIsoDate } from "@/lib/br/format";
import { enqueueMessages } from "@/lib/messaging/enqueue-messages";
import { RD_SEED_CHIPS, RD_SEED_TEMPLATES } from "@/lib/providers/rdconversas/simulator-seed";
import { mobilePhoneTypeSetting } from "@/lib/settings/core-settings";
import { getSetting } from "@/lib/settings/get-setting";
import { defineProcess } from "./define";

export const SANDBOX_ACCOUNT_NAME = "RD Conversas (sandbox)";
const TEMPLATE = RD_SEED_TEMPLATES.find((t) => t.name === "lembrete_vencimento_boleto")!;

/**
 * Demo of the whole pipeline against the RD Conversas simulator: open boletos due on the run's reference date +
 * N days get the simulator's reminder template, once per title and due date (the idempotency key).
 */
export const demoDueReminder = defineProcess({
  code: "demo.due-reminder",
  name: "Lembrete de vencimento (sandbox)",
  type: "Mensageria",
  params: z.object({
    daysAhead: z.number().int().min(0).max(60).default(2).describe("Dias de antecedência"),
  }),
  handler: async ({ db, clock, run, params, log, progress }) => {
    const [account] = await db.select().from(providerAccounts)
      .where(and(eq(providerAccounts.name, SANDBOX_ACCOUNT_NAME), eq(providerAccounts.active, true)));
    if (!account) throw new Error(`Conta de envio "${SANDBOX_ACCOUNT_NAME}" não encontrada ou inativa.`);
    const dueDate = addDays(run.referenceDate, params.daysAhead);
    await log(`Boletos em aberto com vencimento em ${formatIsoDate(dueDate)} (referência ${formatIsoDate(run.referenceDate)} + ${params.daysAhead} dia(s)).`);
    let found = 0;
    let queued = 0;
    for (const companyId of run.companyIds) {
      const { phoneTypeCode } = await getSetting(db, mobilePhoneTypeSetting, companyId);
      const rows = await db
        .selectDistinctOn([receivables.id], {
          receivableId: receivables.id, amountCents: receivables.amountCents, digitableLine: receivables.digitableLine,
          personId: people.id, name: people.name, e164: personPhones.e164,
        })
        .from(receivables)
        .innerJoin(people, eq(people.id, receivables.personId))
        .innerJoin(personPhones, and(eq(personPhones.personId, people.id), eq(personPhones.isPrimary, true)))
        .innerJoin(phoneTypes, and(eq(phoneTypes.id, personPhones.phoneTypeId), eq(phoneTypes.code, phoneTypeCode)))
        .where(and(
          eq(receivables.companyId, companyId), eq(receivables.dueDate, dueDate),
          eq(receivables.paymentMethod, "boleto"), inArray(receivables.status, ["open"]),
          sql`not ${people.optOutWhatsapp}`,
        ))
        .orderBy(receivables.id);
      found += rows.length;
      const inserted = await enqueueMessages({
        db, clock,
        messages: rows.map((r) => ({
          companyId, accountId: account.id, kind: "rd.template", recipient: r.e164, personId: r.personId,
          payload: {
            templateId: TEMPLATE._id, channelId: RD_SEED_CHIPS[0]!._id,
            variables: [r.name.split(" ")[0]!, formatCents(r.amountCents), formatIsoDate(dueDate), r.digitableLine ?? ""],
          },
          producer: "process:demo.due-reminder", producerRef: String(r.receivableId), runId: run.id,
          idempotencyKey: `demo-due:${companyId}:${r.receivableId}:${dueDate}:boleto`,
        })),
      });
      queued += inserted;
      await log(`Empresa ${companyId}: ${rows.length} título(s) encontrado(s), ${inserted} mensagem(ns) na fila, ${rows.length - inserted} já enviada(s) antes.`);
      await progress({ found, queued, skipped: found - queued });
    }
    await log("As mensagens saem pelo despachante; acompanhe em Log de mensagens e na caixa de entrada do sandbox.");
    return { found, queued, skipped: found - queued };
  },
});

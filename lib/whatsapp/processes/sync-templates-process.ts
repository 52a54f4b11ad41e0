import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { companies, whatsappAccounts } from "@/db/schema";
import { defineProcess } from "@/lib/scheduler/processes/define";
import { syncAccountTemplates } from "@/lib/whatsapp/templates/sync-templates";
import { notifyPlugSession } from "./notify-plug-session";

/**
 * GERFP095 "Sincronizar WhatsApp": the webhook is the fast path; this catches what a lost webhook missed and imports
 * templates created directly in Meta. On the unofficial API it warns the account's admin user (in-app notification)
 * from 3 days before the PlugMessage session expires, and once it has expired.
 */
export const syncWhatsappTemplatesProcess = defineProcess({
  code: "whatsapp.templates.sync",
  name: "Sincronizar WhatsApp (modelos de início de chat e sessão do PlugMessage)",
  type: "Integração",
  params: z.object({}),
  handler: async ({ db, clock, run, log }) => {
    const accounts = await db.select({ account: whatsappAccounts, code: companies.code }).from(whatsappAccounts)
      .innerJoin(companies, eq(companies.id, whatsappAccounts.companyId))
      .where(inArray(whatsappAccounts.companyId, run.companyIds));
    let found = 0, updated = 0, failed = 0, skipped = run.companyIds.length - accounts.length;
    for (const { account, code } of accounts) {
      const plugNotice = await notifyPlugSession(db, account, clock.now());
      if (plugNotice) await log(`Empresa ${code}: ${plugNotice}`, { level: "warn" });
      const result = await syncAccountTemplates(db, account, clock.now());
      if (result === null) {
        skipped++;
        if (!plugNotice) await log(`Empresa ${code}: API oficial não configurada; nenhum modelo a sincronizar.`);
      } else if ("error" in result) {
        failed++;
        await log(`Empresa ${code}: falha ao consultar a Meta: ${result.error}`, { level: "error" });
      } else {
        found += result.remote;
        updated += result.updated + result.imported;
        await log(`Empresa ${code}: ${result.remote} modelo(s) na Meta, ${result.updated} atualizado(s), ${result.imported} importado(s)${result.missing ? `, ${result.missing} não encontrado(s) na Meta` : ""}.`, { data: result });
      }
    }
    await log(`${updated} modelo(s) atualizado(s) ou importado(s) no total.`);
    return { found, failed, skipped };
  },
});

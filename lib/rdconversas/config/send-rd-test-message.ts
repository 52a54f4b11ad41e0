import "server-only";
import { eq } from "drizzle-orm";
import { companies } from "@/db/schema";
import { normalizePhone } from "@/lib/br/phone";
import { recordAudit } from "@/lib/core/audit";
import type { Ctx } from "@/lib/core/ctx";
import { invalid, ServiceError } from "@/lib/core/errors";
import { rdAdapter } from "../adapter";
import type { SendRdTestMessageInput } from "../config-schemas";
import { renderVariables, SAMPLE_SOURCE } from "../fields";
import { getRdConfig } from "../get-config";
import { findCompanyMessage } from "./find-company-message";
import { messageFieldProblem } from "./message-field-problem";

/** "Enviar teste": the template with the sample person's values, sent right away (interactive, so no outbox). */
export async function sendRdTestMessage({ ctx, input }: { ctx: Ctx; input: SendRdTestMessageInput }) {
  const message = await findCompanyMessage(ctx, input.id);
  const phone = normalizePhone(input.phone);
  if (!phone.ok) throw invalid("phone", phone.message);
  const problem = messageFieldProblem(message);
  if (problem) throw new ServiceError("INVALID", `Lista de campos incompleta: ${problem} Edite a mensagem antes de enviar.`);
  const config = await getRdConfig(ctx.db);
  if (!config) throw new ServiceError("INVALID", "Configure o RD Conversas em \"Configurações gerais\" (token e chip) antes de enviar.");
  const [company] = await ctx.db.select({ name: companies.name }).from(companies).where(eq(companies.id, message.companyId));
  const variables = renderVariables(message.fields, { ...SAMPLE_SOURCE, company: { name: company?.name ?? SAMPLE_SOURCE.company.name } });
  const result = await rdAdapter(config.DS_TOKEN_RDCONVERSAS).sendTemplate({
    to: phone.e164, templateId: message.templateId, variables, channelId: message.chipId,
  });
  await recordAudit(ctx, {
    entity: "rd_message", entityId: message.id, action: "test_send", companyId: message.companyId,
    after: result.ok ? { phone: phone.e164, providerId: result.providerId } : { phone: phone.e164, failure: result.message },
  });
  if (!result.ok) {
    throw new ServiceError(result.retryable ? "PROVIDER_UNAVAILABLE" : "PROVIDER_REJECTED", `O RD Conversas não enviou: ${result.message}`);
  }
  return { providerId: result.providerId, message: `Enviado (id ${result.providerId}).` };
}

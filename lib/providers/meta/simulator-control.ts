import { z } from "zod";
import { maskSecret } from "@/lib/core/mask";
import { wireTemplate } from "./simulator-graph";
import { metaJson, readJsonBody, type MetaAnswer, type MetaCall } from "./simulator-http";
import { metaSimPhone, type MetaSimApp, type MetaSimulatorState } from "./simulator-state";
import { decideTemplate, receiveInbound, verifyCallback } from "./simulator-webhooks";
import { META_REJECTION_REASONS, type MetaRejectionReason } from "./wire";

const graphIdField = (what: string) => z.string().trim().regex(/^\d{1,30}$/, `Informe o ${what} (só números).`);

export const metaAppSchema = z.object({
  wabaId: graphIdField("id da conta WhatsApp Business (WABA)"),
  phoneNumberId: graphIdField("id do número de telefone"),
  displayPhoneNumber: z.string().trim().max(30).optional(),
  token: z.string().trim().min(1, "Informe o token."),
  appSecret: z.string().trim().min(1, "Informe a chave secreta do app."),
  verifyToken: z.string().trim().min(1, "Informe o token de verificação."),
  callbackUrl: z.url({ protocol: /^https?$/, error: "Informe o endereço http(s) do webhook." }),
});
export type MetaAppInput = z.input<typeof metaAppSchema>;

export const metaReviewSchema = z.object({
  decision: z.enum(["APPROVED", "REJECTED", "PAUSED", "DISABLED"], { error: "Decisão inválida." }),
  reason: z.enum(META_REJECTION_REASONS, { error: "Motivo inválido." }).optional(),
});

export const metaInboundSchema = z.object({
  phone: z.string().trim().refine((v) => metaSimPhone(v) !== null, "Telefone inválido: use DDD e número, ex.: (11) 98765-4321."),
  text: z.string().trim().min(1, "Escreva a mensagem.").max(4096, "Mensagem de no máximo 4.096 caracteres."),
  name: z.string().trim().max(120).optional(),
  wabaId: z.string().trim().optional(),
});

type Result<T> = { ok: true; value: T } | { ok: false; status: number; errors: Record<string, string[]> };
const refused = (status: number, field: string, message: string) => ({ ok: false as const, status, errors: { [field]: [message] } });

function zodErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.map(String).join(".") || "root"] ??= []).push(issue.message);
  return errors;
}

/** Registers an app after Meta's hub.challenge verification of its callback; the same WABA registered again is replaced. */
export async function registerMetaApp(state: MetaSimulatorState, input: unknown): Promise<Result<MetaSimApp>> {
  const parsed = metaAppSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, errors: zodErrors(parsed.error) };
  const reason = await verifyCallback(state, parsed.data);
  if (reason) return refused(400, "callbackUrl", reason);
  const app: MetaSimApp = {
    ...parsed.data, displayPhoneNumber: parsed.data.displayPhoneNumber || "15550000000", registeredAt: state.now(),
  };
  state.apps = [...state.apps.filter((a) => a.wabaId !== app.wabaId && a.phoneNumberId !== app.phoneNumberId), app];
  return { ok: true, value: app };
}

/** A manual review decision from the sandbox: status changes and the app gets its webhook. */
export function reviewMetaTemplate(state: MetaSimulatorState, templateId: string, input: unknown): Result<{ id: string; status: string }> {
  const parsed = metaReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, errors: zodErrors(parsed.error) };
  const template = state.templates.get(templateId);
  if (!template) return refused(404, "templateId", "Modelo não encontrado no simulador.");
  const { decision } = parsed.data;
  const reason: MetaRejectionReason = decision === "REJECTED" ? parsed.data.reason ?? "INVALID_FORMAT" : "NONE";
  decideTemplate(state, template, decision, reason);
  return { ok: true, value: { id: template.id, status: template.status } };
}

/** A customer writes to the business number (the given WABA's, or the most recently registered app's). */
export function customerWrites(state: MetaSimulatorState, input: unknown): Result<{ id: string; windowOpenUntil: Date }> {
  const parsed = metaInboundSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, errors: zodErrors(parsed.error) };
  const { wabaId, phone, text, name } = parsed.data;
  const app = wabaId ? state.appFor(wabaId) : state.apps.at(-1);
  if (!app) return refused(400, wabaId ? "wabaId" : "root", "Nenhum app da API oficial registrado no simulador: salve as configurações da API oficial primeiro.");
  return { ok: true, value: receiveInbound(state, app, { phone: metaSimPhone(phone)!, text, name: name || "Cliente" }) };
}

/** What GET /_sandbox/state shows: secrets masked. */
export function metaSimulatorSnapshot(state: MetaSimulatorState) {
  return {
    apps: state.apps.map((a) => ({ ...a, token: maskSecret(a.token), appSecret: maskSecret(a.appSecret), verifyToken: maskSecret(a.verifyToken) })),
    templates: [...state.templates.values()].map((t) => ({ ...wireTemplate(t), wabaId: t.wabaId, createdAt: t.createdAt, updatedAt: t.updatedAt })),
    deliveries: state.deliveries,
    faults: state.faults,
    reviewRules: state.reviewRules,
    statusOptions: { ...state.statusOptions, delaysMs: state.statusDelaysMs },
    messages: state.messages.length,
    requests: state.requests,
  };
}

const answer = <T>(result: Result<T>, ok: (value: T) => unknown): MetaAnswer =>
  result.ok ? metaJson(200, ok(result.value)) : metaJson(result.status, { errors: result.errors, message: Object.values(result.errors)[0]?.[0] });

const patched = <T>(result: { ok: true; value: T } | { ok: false; errors: Record<string, string[]> }): MetaAnswer =>
  result.ok ? metaJson(200, result.value) : metaJson(400, { errors: result.errors });

/** The control API under /_sandbox: never subject to faults or auth (the route exists only where the sandbox is on). */
export async function answerMetaControl(state: MetaSimulatorState, call: MetaCall, action: string): Promise<MetaAnswer> {
  const review = /^templates\/([^/]+)\/review$/.exec(action);
  if (call.method === "POST" && review) return answer(reviewMetaTemplate(state, review[1]!, await readJsonBody(call)), (v) => v);
  switch (`${call.method} ${action}`) {
    case "POST apps":
      return answer(await registerMetaApp(state, await readJsonBody(call)), (app) => ({ wabaId: app.wabaId, phoneNumberId: app.phoneNumberId, registered: true }));
    case "POST review-rules":
      return patched(state.setReviewRules(await readJsonBody(call) ?? {}));
    case "POST statuses":
      return patched(state.setStatusOptions(await readJsonBody(call) ?? {}));
    case "POST faults":
      return patched(state.setFaults(await readJsonBody(call) ?? {}));
    case "POST inbound":
      return answer(customerWrites(state, await readJsonBody(call)), (v) => v);
    case "GET state":
      return metaJson(200, metaSimulatorSnapshot(state));
    case "GET inbox": {
      const wanted = call.query.get("phone");
      const phone = wanted ? metaSimPhone(wanted) ?? wanted : null;
      const messages = state.messages.filter((m) => !phone || m.phone === phone).toReversed();
      return metaJson(200, { messages });
    }
    case "POST reset": {
      const body = await readJsonBody(call);
      state.reset({ keepApps: body?.keepApps === true });
      return metaJson(200, { reset: true });
    }
    default:
      return metaJson(404, { message: `Cannot ${call.method} /_sandbox/${action}` });
  }
}

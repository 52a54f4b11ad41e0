import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, whatsappAccounts, whatsappBotMessages, whatsappMenuOptions } from "../db/schema";
import { executeAction, type ActionDef } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import type { Ctx } from "../lib/core/ctx";
import { DEFAULT_BOT_MESSAGES, DEFAULT_MENU_OPTIONS } from "../lib/whatsapp/account/defaults";
import { whatsappAccountFor } from "../lib/whatsapp/account/whatsapp-account-for";
import { whatsappBotActions } from "../lib/whatsapp/bot-actions";
import { listBotMessages } from "../lib/whatsapp/bot/list-bot-messages";
import { saveBotMessageSchema } from "../lib/whatsapp/bot/schemas";
import { formatWhatsappText } from "../lib/whatsapp/bot/whatsapp-format";
import { BOT_PREVIEW_VALUES, renderBotMessage, unknownWildcards } from "../lib/whatsapp/bot/wildcards";
import { getMenuConfig } from "../lib/whatsapp/menu/get-menu-config";
import { menuStyle } from "../lib/whatsapp/menu/menu-style";
import { INTERACTIVE_MENU_UNOFFICIAL, ONE_ACTIVE_OPTION } from "../lib/whatsapp/menu/messages";
import { saveMenuOptionSchema } from "../lib/whatsapp/menu/schemas";
import { whatsappMenuActions } from "../lib/whatsapp/menu-actions";
import { makeCtx } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");
const actions = { ...whatsappBotActions, ...whatsappMenuActions };

/** Runs an action as the context's user, through the same door the app uses (session, role, zod, transaction). */
const run = (ctx: Ctx, name: keyof typeof actions, input: unknown) =>
  executeAction(actions[name] as unknown as ActionDef, input, { userId: ctx.user.id }, { db: t.db, clock });

const labelsInOrder = async (ctx: Ctx) => (await getMenuConfig({ ctx })).options.map((o) => o.label);
const optionId = async (ctx: Ctx, code: string) => (await getMenuConfig({ ctx })).options.find((o) => o.code === code)!.id;
const auditOf = (ctx: Ctx, entity: string) =>
  t.db.select().from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.companyId, ctx.companyId))).orderBy(asc(auditLog.id));
const setApiMode = async (ctx: Ctx, apiMode: "official" | "unofficial") => {
  await whatsappAccountFor(t.db, ctx.companyId);
  await t.db.update(whatsappAccounts).set({ apiMode }).where(eq(whatsappAccounts.companyId, ctx.companyId));
};

describe("bot message wildcards and preview (pure)", () => {
  it.each([
    ["Olá #NOME_DEVEDOR#, aqui é da #NOME_EMPRESA#.", "Olá Maria da Silva, aqui é da Cobranças Exemplo."],
    ["#NOME_OPERADOR# vai te atender", "João Atendente vai te atender"],
    ["Sem coringas", "Sem coringas"],
    ["#NOME_CPF# fica como está", "#NOME_CPF# fica como está"],
    ["#NOME_DEVEDOR##NOME_DEVEDOR#", "Maria da SilvaMaria da Silva"],
  ])("renders %j with the example values", (body, expected) => {
    expect(renderBotMessage(body, BOT_PREVIEW_VALUES)).toBe(expected);
  });

  it.each([
    ["Olá #NOME_DEVEDOR#", []],
    ["Olá #NOME_CLIENTE# e #VALOR# e #NOME_CLIENTE#", ["#NOME_CLIENTE#", "#VALOR#"]],
    ["Promoção #1 e #hashtag#", []],
  ])("unknown wildcards of %j", (body, expected) => {
    expect(unknownWildcards(body)).toEqual(expected);
  });

  it.each([
    ["texto simples", [{ text: "texto simples" }]],
    ["*negrito* fim", [{ text: "negrito", bold: true }, { text: " fim" }]],
    ["a _itálico_ e ~tachado~", [{ text: "a " }, { text: "itálico", italic: true }, { text: " e " }, { text: "tachado", strike: true }]],
    ["*_ambos_*", [{ text: "ambos", bold: true, italic: true }]],
    ["```*cru*```", [{ text: "*cru*", mono: true }]],
    ["5 * 3 * 2", [{ text: "5 * 3 * 2" }]],
    ["*aberto sem fechar", [{ text: "*aberto sem fechar" }]],
    ["*quebra\nde linha*", [{ text: "*quebra\nde linha*" }]],
  ])("WhatsApp formatting of %j", (text, expected) => {
    expect(formatWhatsappText(text)).toEqual(expected);
  });
});

describe("saveBotMessageSchema", () => {
  it.each([
    ["empty", "", "Escreva a mensagem."],
    ["only spaces", "   \n ", "Escreva a mensagem."],
    ["1001 characters", "a".repeat(1001), "A mensagem pode ter no máximo 1000 caracteres."],
    ["an unknown wildcard", "Olá #NOME_CLIENTE#", "O coringa #NOME_CLIENTE# não existe. Use #NOME_EMPRESA#, #NOME_DEVEDOR#, #NOME_OPERADOR#."],
    ["two unknown wildcards", "#A# e #B#", "Os coringas #A#, #B# não existem. Use #NOME_EMPRESA#, #NOME_DEVEDOR#, #NOME_OPERADOR#."],
  ])("refuses %s", (_, body, message) => {
    const result = saveBotMessageSchema.safeParse({ kind: "welcome", body });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it.each([
    ["one character", "a"],
    ["1000 characters", "a".repeat(1000)],
    ["every wildcard and formatting", "*Olá* _#NOME_DEVEDOR#_, ~#NOME_OPERADOR#~ da ```#NOME_EMPRESA#```"],
  ])("accepts %s", (_, body) => {
    expect(saveBotMessageSchema.safeParse({ kind: "closing_bot", body }).success).toBe(true);
  });

  it("refuses an unknown message kind", () => {
    expect(saveBotMessageSchema.safeParse({ kind: "goodbye", body: "Tchau" }).success).toBe(false);
  });
});

describe("Mensagens automáticas", () => {
  it("lists the four messages in the seed's order with their labels and defaults", async () => {
    const ctx = await makeCtx(t.db);
    const messages = await listBotMessages({ ctx });
    expect(messages.map((m) => [m.kind, m.label])).toEqual([
      ["welcome", "Boas-vindas"],
      ["transfer", "Transferência para o operador"],
      ["closing_operator", "Encerramento pelo operador"],
      ["closing_bot", "Encerramento pelo chat bot"],
    ]);
    expect(messages[0]!.body).toBe(DEFAULT_BOT_MESSAGES.welcome);
    expect(messages[0]!.updatedBy).toBeNull();
  });

  it("saves a message trimmed, for the logged company only, and audits before and after", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCtx(t.db);
    await listBotMessages({ ctx: other });
    const result = await run(ctx, "whatsapp.saveBotMessage", { kind: "transfer", body: "  Um momento, #NOME_DEVEDOR#: *#NOME_OPERADOR#* já vai falar com você.  " });
    expect(result).toEqual({ ok: true, data: { kind: "transfer", changed: true } });
    const transfer = (await listBotMessages({ ctx })).find((m) => m.kind === "transfer")!;
    expect(transfer.body).toBe("Um momento, #NOME_DEVEDOR#: *#NOME_OPERADOR#* já vai falar com você.");
    expect(transfer.updatedBy).toBe(ctx.user.name);
    expect(transfer.updatedAt).toEqual(new Date("2026-11-23T12:00:00Z"));
    expect((await listBotMessages({ ctx: other })).find((m) => m.kind === "transfer")!.body).toBe(DEFAULT_BOT_MESSAGES.transfer);
    const [entry] = await auditOf(ctx, "whatsapp_bot_message");
    expect(entry).toMatchObject({ action: "update", userId: ctx.user.id, before: { body: DEFAULT_BOT_MESSAGES.transfer }, after: { body: transfer.body } });
  });

  it("writes nothing (and audits nothing) when the text did not change", async () => {
    const ctx = await makeCtx(t.db);
    await listBotMessages({ ctx });
    const result = await run(ctx, "whatsapp.saveBotMessage", { kind: "welcome", body: DEFAULT_BOT_MESSAGES.welcome });
    expect(result).toEqual({ ok: true, data: { kind: "welcome", changed: false } });
    expect(await auditOf(ctx, "whatsapp_bot_message")).toHaveLength(0);
  });

  it("recreates a missing row instead of failing", async () => {
    const ctx = await makeCtx(t.db);
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    await t.db.delete(whatsappBotMessages).where(and(eq(whatsappBotMessages.whatsappAccountId, account.id), eq(whatsappBotMessages.kind, "closing_bot")));
    expect((await listBotMessages({ ctx })).find((m) => m.kind === "closing_bot")!.body).toBe(DEFAULT_BOT_MESSAGES.closing_bot);
    expect((await run(ctx, "whatsapp.saveBotMessage", { kind: "closing_bot", body: "Até logo!" })).ok).toBe(true);
    expect((await listBotMessages({ ctx })).find((m) => m.kind === "closing_bot")!.body).toBe("Até logo!");
    expect((await auditOf(ctx, "whatsapp_bot_message"))[0]!.action).toBe("create");
  });

  it("refuses an unknown wildcard through the action, naming it, and keeps the old text", async () => {
    const ctx = await makeCtx(t.db);
    const result = await run(ctx, "whatsapp.saveBotMessage", { kind: "welcome", body: "Olá #NOME_CLIENTE#" });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { body: [expect.stringContaining("#NOME_CLIENTE#")] } });
    expect((await listBotMessages({ ctx }))[0]!.body).toBe(DEFAULT_BOT_MESSAGES.welcome);
  });

  it("is for admins only", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await run(ctx, "whatsapp.saveBotMessage", { kind: "welcome", body: "Oi" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("Menu options", () => {
  it("lists the options in position order", async () => {
    const ctx = await makeCtx(t.db);
    const config = await getMenuConfig({ ctx });
    expect(config.options.map((o) => o.position)).toEqual(DEFAULT_MENU_OPTIONS.map((_, i) => i + 1));
    expect(config.options.map((o) => o.code)).toEqual(DEFAULT_MENU_OPTIONS.map((o) => o.code));
    expect(config).toMatchObject({ interactiveMenu: false, virtualAssistant: true, apiMode: "official", style: "simple" });
  });

  it("moves an option up and down by swapping with its neighbour", async () => {
    const ctx = await makeCtx(t.db);
    const [first, second, third, ...rest] = DEFAULT_MENU_OPTIONS.map((o) => o.label);
    expect(await run(ctx, "whatsapp.moveMenuOption", { id: await optionId(ctx, "debts"), direction: "up" })).toMatchObject({ ok: true, data: { position: 2 } });
    expect(await labelsInOrder(ctx)).toEqual([first, third, second, ...rest]);
    expect((await run(ctx, "whatsapp.moveMenuOption", { id: await optionId(ctx, "second_copy"), direction: "down" })).ok).toBe(true);
    expect(await labelsInOrder(ctx)).toEqual([third, first, second, ...rest]);
    const moves = await auditOf(ctx, "whatsapp_menu_option");
    expect(moves.map((m) => [m.action, m.before, m.after])).toEqual([
      ["move_up", { position: 3 }, { position: 2 }],
      ["move_down", { position: 1 }, { position: 2 }],
    ]);
  });

  it("refuses moving the first option up and the last one down", async () => {
    const ctx = await makeCtx(t.db);
    const before = await labelsInOrder(ctx);
    expect(await run(ctx, "whatsapp.moveMenuOption", { id: await optionId(ctx, "second_copy"), direction: "up" }))
      .toMatchObject({ ok: false, code: "INVALID", error: "\"Segunda via do boleto\" já é a primeira opção do menu." });
    expect(await run(ctx, "whatsapp.moveMenuOption", { id: await optionId(ctx, "operator"), direction: "down" }))
      .toMatchObject({ ok: false, code: "INVALID", error: "\"Falar com um atendente\" já é a última opção do menu." });
    expect(await labelsInOrder(ctx)).toEqual(before);
  });

  it("repairs tied positions so a move always changes the order", async () => {
    const ctx = await makeCtx(t.db);
    const account = await whatsappAccountFor(t.db, ctx.companyId);
    await t.db.update(whatsappMenuOptions).set({ position: 1 }).where(eq(whatsappMenuOptions.whatsappAccountId, account.id));
    const before = await labelsInOrder(ctx);
    expect((await run(ctx, "whatsapp.moveMenuOption", { id: await optionId(ctx, "barcode"), direction: "up" })).ok).toBe(true);
    expect(await labelsInOrder(ctx)).toEqual([before[1], before[0], ...before.slice(2)]);
    expect((await getMenuConfig({ ctx })).options.map((o) => o.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("keeps positions a permutation under concurrent clicks", async () => {
    const ctx = await makeCtx(t.db);
    const ids = (await getMenuConfig({ ctx })).options.map((o) => o.id);
    await Promise.all(ids.slice(1).map((id) => run(ctx, "whatsapp.moveMenuOption", { id, direction: "up" })));
    expect((await getMenuConfig({ ctx })).options.map((o) => o.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("does not touch another company's option", async () => {
    const ctx = await makeCtx(t.db);
    const other = await makeCtx(t.db);
    const foreign = await optionId(other, "debts");
    expect(await run(ctx, "whatsapp.moveMenuOption", { id: foreign, direction: "up" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await run(ctx, "whatsapp.saveMenuOption", { id: foreign, label: "Hackeado", active: false })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await getMenuConfig({ ctx: other })).options.find((o) => o.id === foreign)).toMatchObject({ label: "Consultar débitos", active: true, position: 3 });
  });

  it.each([
    ["1 character", "A", "A descrição precisa de ao menos 2 caracteres."],
    ["spaces around 1 character", "  A  ", "A descrição precisa de ao menos 2 caracteres."],
    ["61 characters", "x".repeat(61), "A descrição pode ter no máximo 60 caracteres."],
  ])("refuses a label of %s", (_, label, message) => {
    const result = saveMenuOptionSchema.safeParse({ id: 1, label, active: true });
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it.each([["2 characters", "Pix"], ["60 characters", "x".repeat(60)]])("accepts a label of %s", (_, label) => {
    expect(saveMenuOptionSchema.safeParse({ id: 1, label, active: false }).success).toBe(true);
  });

  it("renames and deactivates an option, audited", async () => {
    const ctx = await makeCtx(t.db);
    const id = await optionId(ctx, "barcode");
    expect((await run(ctx, "whatsapp.saveMenuOption", { id, label: "  Linha digitável ", active: false })).ok).toBe(true);
    expect((await getMenuConfig({ ctx })).options.find((o) => o.id === id)).toMatchObject({ label: "Linha digitável", active: false, position: 2 });
    const [entry] = await auditOf(ctx, "whatsapp_menu_option");
    expect(entry).toMatchObject({ entityId: String(id), before: { label: "Código de barras", active: true }, after: { label: "Linha digitável", active: false } });
  });

  it("keeps at least one option active while the virtual assistant is on", async () => {
    const ctx = await makeCtx(t.db);
    const options = (await getMenuConfig({ ctx })).options;
    for (const o of options.slice(1)) expect((await run(ctx, "whatsapp.saveMenuOption", { id: o.id, label: o.label, active: false })).ok).toBe(true);
    const last = options[0]!;
    expect(await run(ctx, "whatsapp.saveMenuOption", { id: last.id, label: last.label, active: false }))
      .toMatchObject({ ok: false, code: "INVALID", fieldErrors: { active: [ONE_ACTIVE_OPTION] } });
    // Renaming an inactive option is still fine.
    expect((await run(ctx, "whatsapp.saveMenuOption", { id: options[1]!.id, label: "Boleto (2ª via)", active: false })).ok).toBe(true);
    // With the assistant off, the last one may go too; turning the assistant back on then needs an active option.
    expect((await run(ctx, "whatsapp.setVirtualAssistant", { enabled: false })).ok).toBe(true);
    expect((await run(ctx, "whatsapp.saveMenuOption", { id: last.id, label: last.label, active: false })).ok).toBe(true);
    expect(await run(ctx, "whatsapp.setVirtualAssistant", { enabled: true }))
      .toMatchObject({ ok: false, code: "INVALID", error: `${ONE_ACTIVE_OPTION} Ative uma opção antes de ligar o assistente.` });
    expect((await getMenuConfig({ ctx })).virtualAssistant).toBe(false);
    expect((await run(ctx, "whatsapp.saveMenuOption", { id: last.id, label: last.label, active: true })).ok).toBe(true);
    expect(await run(ctx, "whatsapp.setVirtualAssistant", { enabled: true })).toEqual({ ok: true, data: { virtualAssistant: true } });
    const toggles = (await auditOf(ctx, "whatsapp_account")).map((e) => [e.before, e.after]);
    expect(toggles).toEqual([[{ virtualAssistant: true }, { virtualAssistant: false }], [{ virtualAssistant: false }, { virtualAssistant: true }]]);
  });
});

describe("Menu interativo", () => {
  it("turns on and off on the official API, audited", async () => {
    const ctx = await makeCtx(t.db);
    expect(await run(ctx, "whatsapp.setInteractiveMenu", { enabled: true })).toEqual({ ok: true, data: { interactiveMenu: true } });
    expect(await getMenuConfig({ ctx })).toMatchObject({ interactiveMenu: true, style: "interactive" });
    expect((await run(ctx, "whatsapp.setInteractiveMenu", { enabled: false })).ok).toBe(true);
    expect((await auditOf(ctx, "whatsapp_account")).map((e) => e.after)).toEqual([{ interactiveMenu: true }, { interactiveMenu: false }]);
  });

  it("is refused on the unofficial API (PlugMessage), which can still turn it off", async () => {
    const ctx = await makeCtx(t.db);
    await run(ctx, "whatsapp.setInteractiveMenu", { enabled: true });
    await setApiMode(ctx, "unofficial");
    expect((await getMenuConfig({ ctx })).style).toBe("simple");
    expect(await run(ctx, "whatsapp.setInteractiveMenu", { enabled: true }))
      .toMatchObject({ ok: false, code: "INVALID", error: INTERACTIVE_MENU_UNOFFICIAL, fieldErrors: { enabled: [INTERACTIVE_MENU_UNOFFICIAL] } });
    expect(await run(ctx, "whatsapp.setInteractiveMenu", { enabled: false })).toEqual({ ok: true, data: { interactiveMenu: false } });
    expect((await getMenuConfig({ ctx })).interactiveMenu).toBe(false);
  });

  it.each([
    ["official", true, "interactive"],
    ["official", false, "simple"],
    ["unofficial", true, "simple"],
    ["unofficial", false, "simple"],
  ] as const)("menu style with %s API and interactive=%s is %s", (apiMode, interactiveMenu, style) => {
    expect(menuStyle({ apiMode, interactiveMenu })).toBe(style);
  });

  it("is for admins only", async () => {
    const ctx = await makeCtx(t.db, "operator");
    expect(await run(ctx, "whatsapp.setVirtualAssistant", { enabled: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications, userCompanies } from "../db/schema";
import { executeAction, type ActionDef } from "../lib/core/action";
import { fixedClock } from "../lib/core/clock";
import { loadContext, type Ctx } from "../lib/core/ctx";
import { notificationActions } from "../lib/notifications/actions";
import { countUnreadNotifications } from "../lib/notifications/count-unread-notifications";
import { listNotifications } from "../lib/notifications/list-notifications";
import { safeNotificationHref } from "../lib/notifications/safe-href";
import { notifyUser } from "../lib/notifications/notify-user";
import { NOTIFICATIONS_PAGE_SIZE, parseNotificationParams } from "../lib/notifications/schemas";
import { makeCompany, makeCtx, makeUser } from "./support/fixtures";
import { useTestDb } from "./support/test-db";

const t = useTestDb();
const clock = fixedClock("2026-11-23T12:00:00Z");

const run = (ctx: Ctx, name: keyof typeof notificationActions, input: unknown) =>
  executeAction(notificationActions[name] as unknown as ActionDef, input, { userId: ctx.user.id }, { db: t.db, clock });

/** `n` notifications for the context's user, one minute apart, "Aviso 1" the oldest. */
async function notifyMany(ctx: Ctx, n: number, prefix = "Aviso") {
  for (let i = 1; i <= n; i++) {
    await notifyUser(t.db, { userId: ctx.user.id, companyId: ctx.companyId, title: `${prefix} ${i}`, at: new Date(Date.UTC(2026, 10, 20, 12, i)) });
  }
}
const titles = async (ctx: Ctx, page = 1, unreadOnly = false) => (await listNotifications({ ctx, input: { page, unreadOnly } })).items.map((n) => n.title);

describe("notifications", () => {
  it("lists only the user's own notifications, newest first", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const colleague = await makeUser(t.db, "admin", [ctx.companyId]);
    await notifyMany(ctx, 3);
    await notifyUser(t.db, { userId: colleague.id, companyId: ctx.companyId, title: "Do colega" });
    expect(await titles(ctx)).toEqual(["Aviso 3", "Aviso 2", "Aviso 1"]);
    expect(await countUnreadNotifications({ ctx })).toBe(3);
  });

  it("hides notifications of a company no longer granted, keeps company-less ones", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const revoked = await makeCompany(t.db, "Antiga");
    await notifyUser(t.db, { userId: ctx.user.id, companyId: revoked.id, title: "Da empresa antiga" });
    await notifyUser(t.db, { userId: ctx.user.id, companyId: null, title: "Geral" });
    expect(await titles(ctx)).toEqual(["Geral"]);
    expect(await countUnreadNotifications({ ctx })).toBe(1);
    await t.db.insert(userCompanies).values({ userId: ctx.user.id, companyId: revoked.id });
    const regranted = await loadContext(t.db, ctx.user.id, clock);
    expect((await titles(regranted)).sort()).toEqual(["Da empresa antiga", "Geral"]);
  });

  it("records a dedupe key once per user", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const other = await makeUser(t.db, "operator", [ctx.companyId]);
    const notice = { companyId: ctx.companyId, title: "Sessão do PlugMessage expira em 3 dias", dedupeKey: "plug-expiring:1:2026-12-01" };
    expect(await notifyUser(t.db, { ...notice, userId: ctx.user.id })).toBe(true);
    expect(await notifyUser(t.db, { ...notice, userId: ctx.user.id })).toBe(false);
    expect(await notifyUser(t.db, { ...notice, userId: other.id })).toBe(true);
    expect(await notifyUser(t.db, { userId: ctx.user.id, companyId: ctx.companyId, title: "Sem chave" })).toBe(true);
    expect(await notifyUser(t.db, { userId: ctx.user.id, companyId: ctx.companyId, title: "Sem chave" })).toBe(true);
    expect(await countUnreadNotifications({ ctx })).toBe(3);
  });

  it("paginates, newest first", async () => {
    const ctx = await makeCtx(t.db, "operator");
    await notifyMany(ctx, NOTIFICATIONS_PAGE_SIZE + 3);
    const first = await listNotifications({ ctx, input: { page: 1, unreadOnly: false } });
    expect(first.total).toBe(NOTIFICATIONS_PAGE_SIZE + 3);
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.items[0]!.title).toBe(`Aviso ${NOTIFICATIONS_PAGE_SIZE + 3}`);
    expect(await titles(ctx, 2)).toEqual(["Aviso 3", "Aviso 2", "Aviso 1"]);
    expect(await titles(ctx, 3)).toEqual([]);
  });

  it("marks one read: it leaves the unread filter and the count, and keeps its first reading time", async () => {
    const ctx = await makeCtx(t.db, "operator");
    await notifyMany(ctx, 3);
    const [newest] = (await listNotifications({ ctx, input: { page: 1, unreadOnly: false } })).items;
    expect(await run(ctx, "notifications.markRead", { id: newest!.id })).toEqual({ ok: true, data: { id: newest!.id } });
    expect(await titles(ctx, 1, true)).toEqual(["Aviso 2", "Aviso 1"]);
    expect(await titles(ctx)).toEqual(["Aviso 3", "Aviso 2", "Aviso 1"]);
    expect(await countUnreadNotifications({ ctx })).toBe(2);
    const later = fixedClock("2026-11-24T08:00:00Z");
    const again = await executeAction(notificationActions["notifications.markRead"] as unknown as ActionDef, { id: newest!.id }, { userId: ctx.user.id }, { db: t.db, clock: later });
    expect(again.ok).toBe(true);
    const [row] = await t.db.select().from(notifications).where(eq(notifications.id, newest!.id));
    expect(row!.readAt).toEqual(new Date("2026-11-23T12:00:00Z"));
  });

  it("refuses marking someone else's notification", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const colleague = await makeUser(t.db, "admin", [ctx.companyId]);
    await notifyUser(t.db, { userId: colleague.id, companyId: ctx.companyId, title: "Do colega" });
    const [theirs] = await t.db.select().from(notifications).where(eq(notifications.userId, colleague.id));
    expect(await run(ctx, "notifications.markRead", { id: theirs!.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const [row] = await t.db.select().from(notifications).where(eq(notifications.id, theirs!.id));
    expect(row!.readAt).toBeNull();
  });

  it("marks all read, only the user's", async () => {
    const ctx = await makeCtx(t.db, "operator");
    const colleague = await makeUser(t.db, "admin", [ctx.companyId]);
    await notifyMany(ctx, 4);
    await notifyUser(t.db, { userId: colleague.id, companyId: ctx.companyId, title: "Do colega" });
    const [oldest] = (await listNotifications({ ctx, input: { page: 1, unreadOnly: false } })).items.slice(-1);
    await run(ctx, "notifications.markRead", { id: oldest!.id });
    expect(await run(ctx, "notifications.markAllRead", {})).toEqual({ ok: true, data: { marked: 3 } });
    expect(await countUnreadNotifications({ ctx })).toBe(0);
    expect(await titles(ctx, 1, true)).toEqual([]);
    const [theirs] = await t.db.select().from(notifications).where(eq(notifications.userId, colleague.id));
    expect(theirs!.readAt).toBeNull();
  });

  it.each([
    [{}, { page: 1, unreadOnly: false }],
    [{ page: "3", unread: "1" }, { page: 3, unreadOnly: true }],
    [{ page: "0" }, { page: 1, unreadOnly: false }],
    [{ page: "-2", unread: "sim" }, { page: 1, unreadOnly: false }],
    [{ page: ["2", "3"] }, { page: 1, unreadOnly: false }],
  ])("parses the list parameters %j", (params, expected) => {
    expect(parseNotificationParams(params)).toEqual(expected);
  });

  it.each([
    ["/whatsapp/templates/12", "/whatsapp/templates/12"],
    ["/notifications?unread=1", "/notifications?unread=1"],
    ["//evil.example/x", null],
    ["/\\evil.example", null],
    ["https://evil.example", null],
    ["javascript:alert(1)", null],
    ["", null],
    [null, null],
  ])("links a notification to %j only when it is an in-app path", (href, expected) => {
    expect(safeNotificationHref(href)).toBe(expected);
  });
});

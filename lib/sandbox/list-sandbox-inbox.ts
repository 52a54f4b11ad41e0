import { rdSandboxState } from "@/lib/providers/rdconversas/sandbox-state";
import type { RdInboxMessage } from "@/lib/providers/rdconversas/simulator-state";
import { ensureSandbox } from "./ensure-sandbox";

export type InboxPhone = { phone: string; count: number; lastAt: Date; messages: RdInboxMessage[] };

/** Phones that received messages, most recent first, each with its newest messages; `phone` matches any part of the digits. */
export async function listSandboxInbox({ input }: { input: { phone?: string; page: number; pageSize: number; perPhone: number } }) {
  ensureSandbox();
  const digits = input.phone?.replace(/\D/g, "") ?? "";
  const phones = [...rdSandboxState().inbox.entries()]
    .filter(([phone]) => !digits || phone.includes(digits))
    .map(([phone, list]) => ({ phone, list, lastAt: list.at(-1)!.at }))
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
  const start = (input.page - 1) * input.pageSize;
  const rows: InboxPhone[] = phones.slice(start, start + input.pageSize).map(({ phone, list, lastAt }) => ({
    phone, count: list.length, lastAt, messages: list.slice(-input.perPhone).reverse(),
  }));
  return { rows, total: phones.length, messages: phones.reduce((sum, p) => sum + p.list.length, 0) };
}

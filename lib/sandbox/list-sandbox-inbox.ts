import { metaSandboxState } from "@/lib/providers/meta/sandbox-state";
import { plugSandboxState } from "@/lib/providers/plugmessage/sandbox-state";
import { rdSandboxState } from "@/lib/providers/rdconversas/sandbox-state";
import { ensureSandbox } from "./ensure-sandbox";

export const SANDBOX_INBOX_PROVIDERS = { rdconversas: "RD Conversas", meta: "WhatsApp oficial", plugmessage: "WhatsApp não oficial" } as const;

/** One message a customer's phone received from one of the simulators. */
export type SandboxInboxMessage = {
  id: string; phone: string; text: string; templateName: string; at: Date;
  provider: keyof typeof SANDBOX_INBOX_PROVIDERS; providerLabel: string;
};
export type InboxPhone = { phone: string; count: number; lastAt: Date; messages: SandboxInboxMessage[] };

/** Every simulator's deliveries grouped by E.164 phone, each list oldest first. */
function deliveriesByPhone(): Map<string, SandboxInboxMessage[]> {
  const byPhone = new Map<string, SandboxInboxMessage[]>();
  const add = (message: SandboxInboxMessage) => {
    const list = byPhone.get(message.phone);
    if (list) list.push(message);
    else byPhone.set(message.phone, [message]);
  };
  for (const list of rdSandboxState().inbox.values()) {
    for (const m of list) add({ id: m.id, phone: m.phone, text: m.text, templateName: m.templateName, at: m.at, provider: "rdconversas", providerLabel: SANDBOX_INBOX_PROVIDERS.rdconversas });
  }
  for (const m of metaSandboxState().messages) {
    add({ id: m.id, phone: m.phone, text: m.text, templateName: m.templateName || "texto livre", at: m.at, provider: "meta", providerLabel: SANDBOX_INBOX_PROVIDERS.meta });
  }
  for (const list of plugSandboxState().inbox.values()) {
    for (const m of list) add({ id: m.id, phone: m.phone, text: m.text, templateName: "texto livre", at: m.at, provider: "plugmessage", providerLabel: SANDBOX_INBOX_PROVIDERS.plugmessage });
  }
  for (const list of byPhone.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());
  return byPhone;
}

/** Phones that received messages (from any simulator), most recent first, each with its newest messages; `phone` matches any part of the digits. */
export async function listSandboxInbox({ input }: { input: { phone?: string; page: number; pageSize: number; perPhone: number } }) {
  ensureSandbox();
  const digits = input.phone?.replace(/\D/g, "") ?? "";
  const phones = [...deliveriesByPhone().entries()]
    .filter(([phone]) => !digits || phone.includes(digits))
    .map(([phone, list]) => ({ phone, list, lastAt: list.at(-1)!.at }))
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
  const start = (input.page - 1) * input.pageSize;
  const rows: InboxPhone[] = phones.slice(start, start + input.pageSize).map(({ phone, list, lastAt }) => ({
    phone, count: list.length, lastAt, messages: list.slice(-input.perPhone).reverse(),
  }));
  return { rows, total: phones.length, messages: phones.reduce((sum, p) => sum + p.list.length, 0) };
}

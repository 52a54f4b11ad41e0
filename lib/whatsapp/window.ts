/** The conversation facts the 24-hour rules read (whatsapp_conversations). */
export type WindowConversation = { lastInboundAt: Date | null; lastTemplateAt: Date | null };

export const WINDOW_MS = 24 * 60 * 60 * 1000;

const plusWindow = (at: Date) => new Date(at.getTime() + WINDOW_MS);

/** Meta's customer service window: free text only within 24 h of the customer's last message. */
export function canSendFreeform(conversation: WindowConversation | null, now: Date): boolean {
  const last = conversation?.lastInboundAt;
  return !!last && now.getTime() < plusWindow(last).getTime();
}

/** Until when free text may be sent, or null when the window is closed. */
export function windowOpenUntil(conversation: WindowConversation | null, now: Date): Date | null {
  return canSendFreeform(conversation, now) ? plusWindow(conversation!.lastInboundAt!) : null;
}

/**
 * Seed 002: a chat-start template the customer did not answer blocks another one for 24 h. Null when one may be sent
 * now, else the instant it becomes possible.
 */
export function nextChatStartAt(conversation: WindowConversation | null, now: Date): Date | null {
  const template = conversation?.lastTemplateAt;
  if (!template) return null;
  const replied = !!conversation.lastInboundAt && conversation.lastInboundAt.getTime() >= template.getTime();
  if (replied) return null;
  const free = plusWindow(template);
  return now.getTime() < free.getTime() ? free : null;
}

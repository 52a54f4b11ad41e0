import { describe, expect, it } from "vitest";
import { canSendFreeform, nextChatStartAt, windowOpenUntil } from "../lib/whatsapp/window";

const at = (iso: string) => new Date(iso);
const conversation = (lastInboundAt: string | null, lastTemplateAt: string | null = null) =>
  ({ lastInboundAt: lastInboundAt ? at(lastInboundAt) : null, lastTemplateAt: lastTemplateAt ? at(lastTemplateAt) : null });

describe("canSendFreeform", () => {
  it.each([
    ["never written (no conversation)", null, "2026-11-23T12:00:00Z", false],
    ["never written (conversation without inbound)", conversation(null, "2026-11-23T10:00:00Z"), "2026-11-23T12:00:00Z", false],
    ["customer wrote a minute ago", conversation("2026-11-23T11:59:00Z"), "2026-11-23T12:00:00Z", true],
    ["at the very instant of the message", conversation("2026-11-23T12:00:00Z"), "2026-11-23T12:00:00Z", true],
    ["1 ms before 24 h", conversation("2026-11-22T12:00:00Z"), "2026-11-23T11:59:59.999Z", true],
    ["exactly 24 h later", conversation("2026-11-22T12:00:00Z"), "2026-11-23T12:00:00Z", false],
    ["25 h later", conversation("2026-11-22T11:00:00Z"), "2026-11-23T12:00:00Z", false],
    ["a template sent does not open it", conversation("2026-11-20T12:00:00Z", "2026-11-23T11:00:00Z"), "2026-11-23T12:00:00Z", false],
  ])("%s ⇒ %s", (_, conv, now, expected) => {
    expect(canSendFreeform(conv, at(now))).toBe(expected);
  });

  it("says until when the window is open", () => {
    expect(windowOpenUntil(conversation("2026-11-23T09:30:00Z"), at("2026-11-23T12:00:00Z"))).toEqual(at("2026-11-24T09:30:00Z"));
    expect(windowOpenUntil(conversation("2026-11-21T09:30:00Z"), at("2026-11-23T12:00:00Z"))).toBeNull();
    expect(windowOpenUntil(null, at("2026-11-23T12:00:00Z"))).toBeNull();
  });
});

describe("nextChatStartAt", () => {
  it.each([
    ["never written, no template", null, "2026-11-23T12:00:00Z", null],
    ["no template sent yet", conversation("2026-11-23T08:00:00Z"), "2026-11-23T12:00:00Z", null],
    ["template 2 h ago, no reply", conversation(null, "2026-11-23T10:00:00Z"), "2026-11-23T12:00:00Z", "2026-11-24T10:00:00Z"],
    ["template 1 ms short of 24 h, no reply", conversation(null, "2026-11-22T12:00:00Z"), "2026-11-23T11:59:59.999Z", "2026-11-23T12:00:00Z"],
    ["template exactly 24 h ago, no reply", conversation(null, "2026-11-22T12:00:00Z"), "2026-11-23T12:00:00Z", null],
    ["reply before the template does not count", conversation("2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z"), "2026-11-23T12:00:00Z", "2026-11-24T10:00:00Z"],
    ["reply after the template frees it", conversation("2026-11-23T10:30:00Z", "2026-11-23T10:00:00Z"), "2026-11-23T12:00:00Z", null],
    ["reply at the same instant frees it", conversation("2026-11-23T10:00:00Z", "2026-11-23T10:00:00Z"), "2026-11-23T12:00:00Z", null],
    ["old reply, new template unanswered", conversation("2026-11-20T10:00:00Z", "2026-11-23T11:00:00Z"), "2026-11-23T12:00:00Z", "2026-11-24T11:00:00Z"],
  ])("%s ⇒ %s", (_, conv, now, expected) => {
    expect(nextChatStartAt(conv, at(now))).toEqual(expected ? at(expected) : null);
  });
});

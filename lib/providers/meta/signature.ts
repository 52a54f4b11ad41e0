import { createHmac, timingSafeEqual } from "node:crypto";

/** Meta's X-Hub-Signature-256 value for a raw body: "sha256=" + hex HMAC-SHA256 with the app secret. */
export function signPayload(rawBody: string, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(rawBody, "utf8").digest("hex")}`;
}

/** Checks a received X-Hub-Signature-256 header against the raw body, in constant time. Missing or malformed ⇒ false. */
export function verifySignature(rawBody: string, header: string | null | undefined, appSecret: string): boolean {
  if (!header || !appSecret || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  const expected = Buffer.from(signPayload(rawBody, appSecret).toLowerCase());
  const given = Buffer.from(header.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

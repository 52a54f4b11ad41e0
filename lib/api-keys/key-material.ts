import { createHash, randomBytes } from "node:crypto";

/** How many leading characters of a key are kept in clear, so admins can tell keys apart. */
const PREFIX_LENGTH = 10;

/** Only this digest is stored: a leaked table does not leak usable keys. */
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** A new key ("rk_" + 32 random bytes, base64url) with what is stored of it. */
export function generateApiKey() {
  const key = `rk_${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: hashApiKey(key) };
}

import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { secretFromEnvOrFile } from "./env";

const PREFIX = "enc:v1:";

function key(): Buffer {
  // Any APP_SECRET string becomes a 256-bit key.
  return createHash("sha256").update(secretFromEnvOrFile("APP_SECRET", "app-secret")).digest();
}

/** AES-256-GCM; output is `enc:v1:<iv>.<tag>.<ciphertext>` in base64url. */
export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

export function decryptSecret(stored: string): string {
  if (!isEncrypted(stored)) throw new Error("Valor não está cifrado");
  const [iv, tag, data] = stored.slice(PREFIX.length).split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !data) throw new Error("Valor cifrado malformado");
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}

export const isEncrypted = (value: string) => value.startsWith(PREFIX);

export { maskSecret } from "./mask";

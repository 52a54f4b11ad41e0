import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DATA_DIR = path.resolve(process.env.RECADO_DATA_DIR ?? ".data");

/** Reads a secret from the environment or, in development, from a key generated once into .data/. */
export function secretFromEnvOrFile(envName: string, fileName: string): string {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  if (process.env.NODE_ENV === "production" && !process.env.RECADO_ALLOW_DEV_SECRETS) {
    throw new Error(`${envName} é obrigatório em produção`);
  }
  const file = path.join(DATA_DIR, fileName);
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

export const sandboxEnabled = () => process.env.NODE_ENV !== "production" || process.env.SANDBOX === "1";

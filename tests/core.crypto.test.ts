import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, isEncrypted, maskSecret } from "../lib/core/crypto";

process.env.APP_SECRET = "chave-de-teste";

describe("secrets at rest", () => {
  it("round-trips through AES-256-GCM with a fresh IV each time", () => {
    const a = encryptSecret("token-rd-123456");
    const b = encryptSecret("token-rd-123456");
    expect(isEncrypted(a)).toBe(true);
    expect(a).not.toEqual(b);
    expect(a).not.toContain("token-rd");
    expect(decryptSecret(a)).toBe("token-rd-123456");
  });

  it("refuses tampered ciphertext", () => {
    const stored = encryptSecret("abc");
    const tampered = stored.slice(0, -2) + (stored.endsWith("A") ? "BB" : "AA");
    expect(() => decryptSecret(tampered)).toThrow();
  });

  it.each([
    ["", ""],
    ["curto", "••••••••"],
    ["eyJhbGciOiJIUzI1NiJ9.abcd1234", "••••••••1234"],
  ])("masks %j as %j", (plain, masked) => {
    expect(maskSecret(plain)).toBe(masked);
  });
});

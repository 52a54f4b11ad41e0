/** Masked display of a secret: never more than its last 4 characters. */
export function maskSecret(plain: string | null | undefined): string {
  if (!plain) return "";
  if (plain.length <= 8) return "••••••••";
  return `••••••••${plain.slice(-4)}`;
}

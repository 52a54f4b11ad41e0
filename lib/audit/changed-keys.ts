/** Top-level keys whose values differ between an entry's before and after snapshots. */
export function changedKeys(before: unknown, after: unknown): string[] {
  const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? v as Record<string, unknown> : {});
  const a = asRecord(before), b = asRecord(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .sort();
}

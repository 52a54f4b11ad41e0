import { saoPauloDate } from "@/lib/br/format";

/** "OC" + São Paulo date (yyyymmdd) + the 6-digit sequence number, e.g. OC20261123000042. */
export function formatOccurrenceProtocol(at: Date, sequence: number): string {
  return `OC${saoPauloDate(at).replaceAll("-", "")}${String(sequence % 1_000_000).padStart(6, "0")}`;
}

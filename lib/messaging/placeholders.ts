/** The {{1}}, {{2}}… placeholders every WhatsApp template (RD Conversas, Meta) uses: one reading for all of them. */
const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** Every placeholder number in order of appearance, repeats included ("{{2}} {{1}} {{2}}" → [2, 1, 2]). */
export const placeholderNumbers = (text: string): number[] => [...text.matchAll(PLACEHOLDER)].map((m) => Number(m[1]));

/** The highest {{n}} (0 without placeholders): how many variables a send must carry. */
export const highestPlaceholder = (text: string): number => Math.max(0, ...placeholderNumbers(text));

/** Each {{n}} replaced by values[n-1]; a missing value by `missing(n)` (default: the placeholder stays visible). */
export const fillPlaceholders = (text: string, values: readonly string[], missing: (n: number) => string = (n) => `{{${n}}}`): string =>
  text.replace(PLACEHOLDER, (_, n: string) => values[Number(n) - 1] ?? missing(Number(n)));

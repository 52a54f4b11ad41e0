/**
 * The document and phone generators of ./generators.ts as SQL expressions over a bigint index column, so the
 * volume seed computes them server-side in one INSERT … SELECT (tests check both sides agree digit for digit).
 * Arguments are trusted SQL fragments (column names), never user input.
 */
import {
  CNPJ_MULTIPLIER, CNPJ_OFFSET, CPF_MULTIPLIER, CPF_OFFSET, LANDLINE_MULTIPLIER, LANDLINE_OFFSET, MOBILE_MULTIPLIER,
  MOBILE_OFFSET,
} from "./generators";

const affine = (index: string, multiplier: number, offset: number, modulus: number) =>
  `((${index})::bigint * ${multiplier} + ${offset}) % ${modulus}`;

/** Digit `position` (0 = leftmost) of a `length`-digit number held in a bigint expression. */
const digit = (value: string, length: number, position: number) => `(${value} / ${10 ** (length - 1 - position)} % 10)`;

const weightedSum = (value: string, length: number, weights: number[]) =>
  weights.map((weight, position) => `${weight} * ${digit(value, length, position)}`).join(" + ");

/** CPF (text, 11 digits) of `index`, equal to cpfFromIndex(index). */
export function cpfSql(index: string): string {
  const base = `(${affine(index, CPF_MULTIPLIER, CPF_OFFSET, 1_000_000_000)})`;
  const first = `((${weightedSum(base, 9, [10, 9, 8, 7, 6, 5, 4, 3, 2])}) * 10 % 11 % 10)`;
  const second = `((${weightedSum(base, 9, [11, 10, 9, 8, 7, 6, 5, 4, 3])} + 2 * ${first}) * 10 % 11 % 10)`;
  return `(lpad(${base}::text, 9, '0') || ${first}::text || ${second}::text)`;
}

const cnpjDigit = (sum: string) => `(case when (${sum}) % 11 < 2 then 0 else 11 - (${sum}) % 11 end)`;

/** CNPJ (text, 14 digits, head office 0001) of `index`, equal to cnpjFromIndex(index). */
export function cnpjSql(index: string): string {
  const head = `((${affine(index, CNPJ_MULTIPLIER, CNPJ_OFFSET, 100_000_000)}) * 10000 + 1)`;
  const first = cnpjDigit(weightedSum(head, 12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  const second = cnpjDigit(`${weightedSum(head, 12, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3])} + 2 * ${first}`);
  return `(lpad(${head}::text, 12, '0') || ${first}::text || ${second}::text)`;
}

/** Mobile phone in E.164 of `index` in area code `ddd` (an integer expression), equal to mobilePhone(index, ddd). */
export function mobilePhoneSql(index: string, ddd: string): string {
  return `('+55' || (${ddd})::text || '9' || (60000000 + ${affine(index, MOBILE_MULTIPLIER, MOBILE_OFFSET, 40_000_000)})::text)`;
}

/** Landline in E.164 of `index` in area code `ddd`, equal to landlinePhone(index, ddd). */
export function landlinePhoneSql(index: string, ddd: string): string {
  return `('+55' || (${ddd})::text || (20000000 + ${affine(index, LANDLINE_MULTIPLIER, LANDLINE_OFFSET, 40_000_000)})::text)`;
}

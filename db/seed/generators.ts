/**
 * Deterministic generators for demo and volume data: the same seed or index always gives the same
 * value, so demo screens look the same on every machine and benchmark runs are comparable.
 */
import { generatePixPayload } from "@brazilian-utils/brazilian-utils";

export type Rng = {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
};

/** mulberry32: tiny, fast and good enough for fake data (never for secrets). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  };
}

export const FEMALE_NAMES = [
  "Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
  "Conceição", "Cecília", "Letícia", "Luíza", "Beatriz", "Lúcia", "Mônica", "Sônia", "Vitória", "Júlia",
  "Lívia", "Débora", "Gláucia", "Flávia", "Fátima", "Inês", "Helena", "Alícia", "Valentina", "Sofia",
  "Isabela", "Camila", "Larissa", "Tânia", "Rosângela", "Simone", "Cristiane", "Érica", "Graça", "Jéssica",
] as const;

export const MALE_NAMES = [
  "João", "José", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos",
  "Luís", "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Raimundo", "Rodrigo",
  "Sebastião", "Fábio", "Otávio", "Caio", "Vinícius", "Thiago", "Mateus", "Heitor", "Davi", "Benício",
  "Inácio", "Cássio", "Márcio", "Sérgio", "Rogério", "Cláudio", "Emanuel", "Ícaro", "Júlio", "Wellington",
] as const;

export const SURNAMES = [
  "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
  "Ribeiro", "Carvalho", "Araújo", "Gonçalves", "Martins", "Rocha", "Almeida", "Nascimento", "Barbosa", "Conceição",
  "Magalhães", "Simões", "Guimarães", "Brandão", "Figueiredo", "Gusmão", "Patrício", "Falcão", "Assunção", "Romão",
  "Damião", "Estêvão", "Sampaio", "Mendonça", "Loureiro", "Nóbrega", "Peçanha", "Cândido", "Moraes", "Cardoso",
  "Teixeira", "Correia", "Pinto", "Cavalcanti", "Andrade", "Azevedo", "Monteiro", "Freitas", "Vieira", "Barros",
  "Macedo", "Brito", "Fonseca", "Câmara", "Leão", "Galvão", "Frazão", "Tavares", "Batista", "Queiroz",
] as const;

/** Surnames that carry their particle, which agrees with the word ("da Silva", "dos Santos"). */
export const JOINED_SURNAMES = [
  "da Silva", "dos Santos", "de Souza", "de Oliveira", "da Conceição", "da Costa", "dos Reis", "de Almeida",
  "da Rocha", "de Jesus", "da Cruz", "das Neves", "de Assunção", "de Magalhães", "do Nascimento", "da Paixão",
] as const;

/** Legal activity as written in the razão social, and the word shops use in their trade name. */
export const ACTIVITIES = [
  ["Comércio de Tecidos", "Tecidos"], ["Confecções", "Modas"], ["Comércio de Calçados", "Calçados"],
  ["Distribuidora de Alimentos", "Distribuidora"], ["Materiais de Construção", "Construções"],
  ["Serviços de Informática", "Informática"], ["Transportes", "Transportes"], ["Farmácia e Drogaria", "Farmácia"],
  ["Padaria e Confeitaria", "Padaria"], ["Comércio de Autopeças", "Autopeças"], ["Papelaria e Livraria", "Papelaria"],
  ["Óptica", "Óptica"], ["Indústria de Móveis", "Móveis"], ["Açougue e Mercearia", "Mercearia"],
  ["Salão de Beleza", "Estética"],
] as const;

const LEGAL_SUFFIXES = ["Ltda", "Ltda", "Ltda - ME", "S.A.", "Ltda - EPP"] as const;

/** Real area codes (DDD), São Paulo and Rio repeated so they dominate as they do in practice. */
export const DDDS = [
  11, 11, 11, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 21, 22, 24, 27, 28, 31, 31, 32, 33, 34, 35, 37, 38,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77,
  79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99,
] as const;

const EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br", "bol.com.br"] as const;

/** "Maria da Conceição Gonçalves", "João Pedro Magalhães Simões". */
export function personName(rng: Rng): string {
  const firstNames = rng.chance(0.5) ? FEMALE_NAMES : MALE_NAMES;
  const parts: string[] = [rng.pick(firstNames)];
  if (rng.chance(0.2)) parts.push(rng.pick(firstNames));
  if (rng.chance(0.3)) parts.push(rng.pick(JOINED_SURNAMES));
  parts.push(rng.pick(SURNAMES));
  if (rng.chance(0.5)) parts.push(rng.pick(SURNAMES));
  return [...new Set(parts)].join(" ");
}

/** Razão social and nome fantasia of a company: "Gonçalves Comércio de Tecidos Ltda" / "Tecidos Gonçalves". */
export function companyNames(rng: Rng): { name: string; tradeName: string } {
  const surname = rng.pick(SURNAMES);
  const [activity, word] = rng.pick(ACTIVITIES);
  const owners = rng.chance(0.25) ? `${surname} & ${rng.pick(SURNAMES)}` : rng.chance(0.2) ? `Irmãos ${surname}` : surname;
  return { name: `${owners} ${activity} ${rng.pick(LEGAL_SUFFIXES)}`, tradeName: `${word} ${surname}` };
}

const stripAccents = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "");
const slug = (text: string) => stripAccents(text).toLowerCase().replace(/[^a-z0-9]+/g, "");

/** "joao.goncalves123@gmail.com": unique per index, accents folded as people really type them. */
export function personEmail(name: string, index: number, rng: Rng): string {
  const words = name.split(" ").filter((word) => !/^d[aeo]s?$/.test(word));
  return `${slug(words[0]!)}.${slug(words[words.length - 1]!)}${index}@${rng.pick(EMAIL_DOMAINS)}`;
}

export function companyEmail(tradeName: string, index: number): string {
  return `financeiro@${slug(tradeName)}${index}.com.br`;
}

// Index → document is an affine bijection modulo 10^9 (CPF base) or 10^8 (CNPJ root): distinct indexes give
// distinct documents, and large multipliers keep neighbours far apart. db/seed/sql-generators.ts mirrors it in SQL.
export const CPF_MULTIPLIER = 618_033_989;
// This offset keeps the ten repeated-digit bases (000000000…999999999, refused by the Receita) at indexes ≥ 332,479,494.
export const CPF_OFFSET = 840_256_211;
export const CNPJ_MULTIPLIER = 61_803_399;
export const CNPJ_OFFSET = 27_182_818;
export const MOBILE_MULTIPLIER = 24_721_359;
export const MOBILE_OFFSET = 31_337;
export const LANDLINE_MULTIPLIER = 15_485_863;
export const LANDLINE_OFFSET = 4_243;

/** (index × multiplier + offset) mod modulus without losing precision past 2^53. */
const affine = (index: number, multiplier: number, offset: number, modulus: number) =>
  Number((BigInt(index) * BigInt(multiplier) + BigInt(offset)) % BigInt(modulus));

export const cpfBase = (index: number) => affine(index, CPF_MULTIPLIER, CPF_OFFSET, 1_000_000_000);
export const cnpjRoot = (index: number) => affine(index, CNPJ_MULTIPLIER, CNPJ_OFFSET, 100_000_000);

const digitsOf = (value: number, length: number) => String(value).padStart(length, "0").split("").map(Number);

/** Receita Federal CPF check digit: weights descending to 2, remainder 10 counts as 0. */
function cpfCheckDigit(digits: number[]): number {
  const sum = digits.reduce((total, digit, i) => total + digit * (digits.length + 1 - i), 0);
  return ((sum * 10) % 11) % 10;
}

/** Receita Federal CNPJ check digit: weights 2..9 cycling from the right, remainder < 2 gives 0. */
function cnpjCheckDigit(digits: number[]): number {
  const sum = digits.reduceRight((total, digit, i) => total + digit * (((digits.length - 1 - i) % 8) + 2), 0);
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** A valid CPF (11 digits, no punctuation) for an integer index from 0 to 332,479,493. */
export function cpfFromIndex(index: number): string {
  const digits = digitsOf(cpfBase(index), 9);
  digits.push(cpfCheckDigit(digits));
  digits.push(cpfCheckDigit(digits));
  return digits.join("");
}

/** A valid CNPJ (14 digits, head office "0001") for a non-negative integer index below 10^8. */
export function cnpjFromIndex(index: number): string {
  const digits = [...digitsOf(cnpjRoot(index), 8), 0, 0, 0, 1];
  digits.push(cnpjCheckDigit(digits));
  digits.push(cnpjCheckDigit(digits));
  return digits.join("");
}

/** "+5511987654321": a Brazilian mobile (9 + eight digits starting 6–9) in E.164, distinct per index within a DDD. */
export function mobilePhone(index: number, ddd: number): string {
  const subscriber = 60_000_000 + affine(index, MOBILE_MULTIPLIER, MOBILE_OFFSET, 40_000_000);
  return `+55${ddd}9${subscriber}`;
}

/** "+551133224455": a Brazilian landline (eight digits starting 2–5) in E.164, distinct per index within a DDD. */
export function landlinePhone(index: number, ddd: number): string {
  const subscriber = 20_000_000 + affine(index, LANDLINE_MULTIPLIER, LANDLINE_OFFSET, 40_000_000);
  return `+55${ddd}${subscriber}`;
}

/** Integer cents between min and max, in multiples of 10 cents like real price lists (R$ 189,90). */
export function amountCents(rng: Rng, minCents: number, maxCents: number): number {
  const cents = rng.int(minCents, maxCents);
  return cents - (cents % 10);
}

const BOLETO_BASE_DATE = Date.UTC(1997, 9, 7);
const DAY_MS = 86_400_000;

const factors = new Map<string, number>();

/** Fator de vencimento: days since 07/10/1997, restarting at 1000 after 9999 (22/02/2025 is 1000 again). */
export function dueDateFactor(isoDate: string): number {
  let factor = factors.get(isoDate);
  if (factor === undefined) {
    const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number);
    const days = Math.round((Date.UTC(y!, m! - 1, d!) - BOLETO_BASE_DATE) / DAY_MS);
    // Volume runs ask for the same few hundred dates a million times.
    factors.set(isoDate, (factor = ((days - 1000) % 9000) + 1000));
  }
  return factor;
}

/** Módulo 10 of a linha digitável field: weights 2,1 from the right, products' digits summed. */
function mod10(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = 3 - weight) {
    const product = Number(digits[i]) * weight;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** Módulo 11 of the barcode: weights 2..9 from the right; 0, 10 and 11 become 1. */
function mod11(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = weight === 9 ? 2 : weight + 1) {
    sum += Number(digits[i]) * weight;
  }
  const dv = 11 - (sum % 11);
  return dv === 0 || dv === 10 || dv === 11 ? 1 : dv;
}

export type BoletoInput = { bankCode: string; dueDate: string; amountCents: number; freeField: string };

/** The 47-digit linha digitável of a cobrança bancária boleto (Carta-Circular BCB 2.926/2000). */
export function boletoDigitableLine({ bankCode, dueDate, amountCents: cents, freeField }: BoletoInput): string {
  if (!/^\d{3}$/.test(bankCode) || !/^\d{25}$/.test(freeField)) throw new Error("boleto: banco ou campo livre inválido");
  const factor = String(dueDateFactor(dueDate)).padStart(4, "0");
  const amount = String(cents).padStart(10, "0");
  const head = `${bankCode}9`;
  const barcodeDv = mod11(head + factor + amount + freeField);
  const field1 = head + freeField.slice(0, 5);
  const field2 = freeField.slice(5, 15);
  const field3 = freeField.slice(15, 25);
  return `${field1}${mod10(field1)}${field2}${mod10(field2)}${field3}${mod10(field3)}${barcodeDv}${factor}${amount}`;
}

export type PixInput = { pixKey: string; merchantName: string; merchantCity: string; amountCents: number; txid: string };

/** "Pix copia e cola" (BR Code) for a carnê installment, keyed by the company's CNPJ. */
export function pixCopyPaste({ pixKey, merchantName, merchantCity, amountCents: cents, txid }: PixInput): string {
  const payload = generatePixPayload({ key: pixKey, merchantName, merchantCity, amount: cents / 100, txid });
  if (!payload) throw new Error(`Pix: parâmetros inválidos para ${txid}`);
  return payload;
}

/** Seeded orders walk the stages both channels share (codes of lib/rdconversas/order-stages.ts). */
export const ORDER_STAGES = ["received", "payment_approved", "picking", "invoiced", "shipped", "delivered"] as const;

import type { PAYMENT_METHODS, RECEIVABLE_STATUSES } from "../schema";
import { addDays } from "../../lib/br/format";
import { amountCents, boletoDigitableLine, pixCopyPaste, type Rng } from "./generators";

export type BillingCompany = { id: number; code: string; name: string; document: string | null };

type Status = (typeof RECEIVABLE_STATUSES)[number];
type Method = (typeof PAYMENT_METHODS)[number];

export type ReceivableRow = {
  companyId: number;
  personId: number;
  documentNumber: string;
  dueDate: string;
  amountCents: number;
  paymentMethod: Method;
  status: Status;
  digitableLine: string | null;
  pixCode: string | null;
};

const BANKS = ["341", "237", "001", "033", "104"] as const;
// A company without a CNPJ still needs a valid Pix key for its carnês.
const FALLBACK_PIX_KEY = "cobranca@recado.dev";

const dueDates = new Map<string, string>();
// Volume runs ask for the same few hundred dates a million times.
const dueDateOf = (seedDate: string, dayOffset: number) => {
  const key = `${seedDate}${dayOffset}`;
  let date = dueDates.get(key);
  if (!date) dueDates.set(key, (date = addDays(seedDate, dayOffset)));
  return date;
};

/** Weighted pick: [[value, weight], ...] with weights summing to 100. */
function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  let roll = rng.next() * 100;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

// Mostly open; carnês in the customer's Pix wallet are "in progress"; overdue titles are often paid.
const STATUS_TABLES: Record<Method, { overdue: readonly (readonly [Status, number])[]; upcoming: readonly (readonly [Status, number])[] }> = {
  boleto: {
    overdue: [["open", 45], ["paid", 40], ["cancelled", 8], ["renegotiated", 4], ["written_off", 3]],
    upcoming: [["open", 88], ["paid", 9], ["cancelled", 3]],
  },
  carne_pix: {
    overdue: [["open", 35], ["in_progress", 15], ["paid", 40], ["cancelled", 6], ["renegotiated", 4]],
    upcoming: [["in_progress", 55], ["open", 35], ["paid", 8], ["cancelled", 2]],
  },
};

/**
 * One title of `company` for `personId`, due `dayOffset` days from `seedDate`: a boleto with its linha
 * digitável (60%) or a carnê installment with its Pix copia e cola. `sequence` makes the nosso número.
 */
export function receivableRow(rng: Rng, input: {
  company: BillingCompany; personId: number; documentNumber: string; sequence: number; seedDate: string; dayOffset: number;
}): ReceivableRow {
  const { company, personId, documentNumber, sequence, seedDate, dayOffset } = input;
  const paymentMethod: Method = rng.chance(0.6) ? "boleto" : "carne_pix";
  const dueDate = dueDateOf(seedDate, dayOffset);
  const cents = amountCents(rng, 4_990, 150_000);
  const status = weighted(rng, STATUS_TABLES[paymentMethod][dayOffset < 0 ? "overdue" : "upcoming"]);
  if (paymentMethod === "boleto") {
    const agency = String(1000 + ((company.id * 37) % 9000));
    const account = String(1_000_000 + ((company.id * 7919) % 9_000_000));
    const freeField = `${agency}09${String(sequence % 1e11).padStart(11, "0")}${account}0`;
    const bankCode = BANKS[company.id % BANKS.length]!;
    return {
      companyId: company.id, personId, documentNumber, dueDate, amountCents: cents, paymentMethod, status,
      digitableLine: boletoDigitableLine({ bankCode, dueDate, amountCents: cents, freeField }), pixCode: null,
    };
  }
  const pixCode = pixCopyPaste({
    pixKey: company.document ?? FALLBACK_PIX_KEY,
    merchantName: company.name,
    merchantCity: "São Paulo",
    amountCents: cents,
    txid: `RCD${company.id}N${sequence}`,
  });
  return { companyId: company.id, personId, documentNumber, dueDate, amountCents: cents, paymentMethod, status, digitableLine: null, pixCode };
}

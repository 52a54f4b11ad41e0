import {
  cnpjFromIndex, companyEmail, companyNames, cpfFromIndex, DDDS, landlinePhone, mobilePhone, personEmail, personName, type Rng,
} from "./generators";

export type PhoneTypeCode = "CEL" | "RES" | "COM";

export type PersonSpec = {
  kind: "natural" | "legal";
  document: string | null;
  name: string;
  tradeName: string | null;
  erpCode: string;
  /** Position in the spec list of the account (legal person) this contact belongs to. */
  accountPosition: number | null;
  optOutWhatsapp: boolean;
  optOutSms: boolean;
  optOutEmail: boolean;
  createdAt: Date;
  phones: { type: PhoneTypeCode; e164: string }[];
  emails: string[];
  /** Id of the contact at RD Conversas for people already sent (additional field RDCONV_ID). */
  rdContactId: string | null;
};

const DAY_MS = 86_400_000;
/** Demo ERP codes are plain numbers from here; the volume generator uses "V…" codes. */
export const DEMO_ERP_CODE_START = 100_000;

const hex = (rng: Rng, length: number) => Array.from({ length }, () => rng.int(0, 15).toString(16)).join("");

/**
 * `count` people: ≈90% natural with CPF, ≈10% legal with CNPJ and trade name; everyone has a primary mobile,
 * some a landline and e-mails, a few opted out; `contacts` natural people are linked to a legal account.
 */
export function buildDemoPeople(rng: Rng, { count, contacts, now }: { count: number; contacts: number; now: Date }): PersonSpec[] {
  const people: PersonSpec[] = [];
  for (let position = 0; position < count; position++) {
    const legal = rng.chance(0.1);
    const ddd = rng.pick(DDDS);
    const names = legal ? companyNames(rng) : { name: personName(rng), tradeName: null };
    const phones: PersonSpec["phones"] = [{ type: "CEL", e164: mobilePhone(position, ddd) }];
    if (rng.chance(legal ? 0.7 : 0.25)) phones.push({ type: legal ? "COM" : "RES", e164: landlinePhone(position, ddd) });
    const emails: string[] = [];
    if (rng.chance(0.75)) emails.push(legal ? companyEmail(names.tradeName!, position) : personEmail(names.name, position, rng));
    people.push({
      kind: legal ? "legal" : "natural",
      document: legal ? cnpjFromIndex(position) : cpfFromIndex(position),
      name: names.name,
      tradeName: names.tradeName,
      erpCode: String(DEMO_ERP_CODE_START + position),
      accountPosition: null,
      optOutWhatsapp: rng.chance(0.02),
      optOutSms: rng.chance(0.015),
      optOutEmail: rng.chance(0.03),
      createdAt: new Date(now.getTime() - rng.int(1, 720) * DAY_MS - rng.int(0, DAY_MS - 1)),
      phones,
      emails,
      rdContactId: !legal && rng.chance(0.08) ? hex(rng, 24) : null,
    });
  }
  const accounts = people.flatMap((person, position) => (person.kind === "legal" ? [position] : []));
  const naturals = people.flatMap((person, position) => (person.kind === "natural" ? [position] : []));
  // Every k-th natural person becomes a contact, so contacts are spread over the whole list.
  const stride = Math.max(1, Math.floor(naturals.length / contacts));
  for (let i = 0; i < contacts && i * stride < naturals.length && accounts.length; i++) {
    const contact = people[naturals[i * stride]!]!;
    contact.accountPosition = rng.pick(accounts);
    if (rng.chance(0.3)) contact.document = null;
  }
  return people;
}

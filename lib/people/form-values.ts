import { formatDocument } from "@/lib/br/document";
import { formatPhone } from "@/lib/br/phone";
import type { PersonDetail } from "./get-person";
import type { PersonInput } from "./schemas";

/** A stored person as the edit form starts: document and phones formatted for reading. */
export function toPersonFormValues({ person, phones, emails, additionalValues }: PersonDetail): PersonInput {
  return {
    id: person.id,
    kind: person.kind,
    document: formatDocument(person.document),
    name: person.name,
    tradeName: person.tradeName ?? "",
    erpCode: person.erpCode ?? "",
    crmCode: person.crmCode ?? "",
    accountId: person.accountId,
    optOutWhatsapp: person.optOutWhatsapp,
    optOutSms: person.optOutSms,
    optOutEmail: person.optOutEmail,
    phones: phones.map((p) => ({ phoneTypeId: p.phoneTypeId, number: formatPhone(p.e164), isPrimary: p.isPrimary })),
    emails: emails.map((e) => ({ email: e.email, isPrimary: e.isPrimary })),
    // Numbers are stored with a dot and typed with a comma.
    additionalValues: additionalValues.map((v) => ({ fieldId: v.fieldId, value: v.type === "number" ? v.value.replace(".", ",") : v.value })),
  };
}

/** A blank person; a contact starts linked to its account. */
export const emptyPerson = (accountId: number | null = null): PersonInput => ({
  kind: "natural", document: "", name: "", tradeName: "", erpCode: "", crmCode: "", accountId,
  optOutWhatsapp: false, optOutSms: false, optOutEmail: false, phones: [], emails: [], additionalValues: [],
});

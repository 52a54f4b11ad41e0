import type { AdditionalFieldType } from "@/lib/people/additional-value";

/** The choices the person form offers, as the page loads them. */
export type PhoneTypeOption = { id: number; code: string; description: string };
export type AdditionalFieldOption = { id: number; code: string; label: string; type: AdditionalFieldType };
export type PersonFormOptions = { phoneTypes: PhoneTypeOption[]; additionalFields: AdditionalFieldOption[] };

import { alias } from "drizzle-orm/pg-core";
import { people } from "@/db/schema";

/** The account and contact joined by name onto CRM lists and details. */
export const accountPerson = alias(people, "crm_account");
export const contactPerson = alias(people, "crm_contact");

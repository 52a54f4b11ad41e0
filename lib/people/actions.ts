import { defineAction } from "@/lib/core/action";
import { savePerson } from "./save-person";
import { savePhoneNumber, savePhoneNumberSchema } from "./save-phone-number";
import { personSchema } from "./schemas";

export const peopleActions = {
  "people.save": defineAction({ role: "operator", input: personSchema, service: savePerson }),
  "people.savePhoneNumber": defineAction({ role: "operator", input: savePhoneNumberSchema, service: savePhoneNumber }),
};

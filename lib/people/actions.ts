import { defineAction } from "@/lib/core/action";
import { savePerson } from "./save-person";
import { personSchema } from "./schemas";

export const peopleActions = {
  "people.save": defineAction({ role: "operator", input: personSchema, service: savePerson }),
};

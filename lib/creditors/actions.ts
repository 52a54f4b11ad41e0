import { defineAction } from "@/lib/core/action";
import { saveCreditor } from "./save-creditor";
import { creditorActiveSchema, creditorSchema } from "./schemas";
import { setCreditorActive } from "./set-creditor-active";

export const creditorActions = {
  "creditors.save": defineAction({ role: "admin", input: creditorSchema, service: saveCreditor }),
  "creditors.setActive": defineAction({ role: "admin", input: creditorActiveSchema, service: setCreditorActive }),
};

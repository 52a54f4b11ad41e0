import { defineAction } from "@/lib/core/action";
import { deleteCompany } from "./delete-company";
import { saveCompany } from "./save-company";
import { companySchema, idSchema } from "./schemas";

export const companyActions = {
  "companies.save": defineAction({ role: "admin", input: companySchema, service: saveCompany }),
  "companies.delete": defineAction({ role: "admin", input: idSchema, service: deleteCompany }),
};

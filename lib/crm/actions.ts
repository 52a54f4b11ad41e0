import { defineAction } from "@/lib/core/action";
import { createHistory } from "./create-history";
import { createLead } from "./create-lead";
import { createOccurrence } from "./create-occurrence";
import { createOpportunity } from "./create-opportunity";
import { createTask } from "./create-task";
import { historySchema, leadSchema, occurrenceSchema, opportunitySchema, taskSchema } from "./schemas";

export const crmActions = {
  "crm.createLead": defineAction({ role: "operator", input: leadSchema, service: createLead }),
  "crm.createOccurrence": defineAction({ role: "operator", input: occurrenceSchema, service: createOccurrence }),
  "crm.createOpportunity": defineAction({ role: "operator", input: opportunitySchema, service: createOpportunity }),
  "crm.createHistory": defineAction({ role: "operator", input: historySchema, service: createHistory }),
  "crm.createTask": defineAction({ role: "operator", input: taskSchema, service: createTask }),
};

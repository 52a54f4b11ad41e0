import { defineAction } from "@/lib/core/action";
import { cancelContactBatch } from "./contacts/cancel-contact-batch";
import { retryContactBatchFailures } from "./contacts/retry-contact-batch-failures";
import { startContactBatch } from "./contacts/start-contact-batch";
import { contactBatchIdSchema, startContactBatchSchema } from "./contact-schemas";

/** Actions of PESFP079 batch contact send. */
export const rdContactActions = {
  "rdContacts.startBatch": defineAction({ role: "operator", input: startContactBatchSchema, service: startContactBatch }),
  "rdContacts.cancelBatch": defineAction({ role: "operator", input: contactBatchIdSchema, service: cancelContactBatch }),
  "rdContacts.retryFailures": defineAction({ role: "operator", input: contactBatchIdSchema, service: retryContactBatchFailures }),
};

import { defineAction } from "@/lib/core/action";
import { resetMetaSandbox } from "./reset-meta-sandbox";
import { reviewMetaSandboxTemplate } from "./review-meta-sandbox-template";
import {
  metaSandboxCustomerMessageSchema, metaSandboxResetSchema, metaSandboxReviewRulesSchema, metaSandboxReviewSchema, metaSandboxStatusOptionsSchema,
} from "./schemas";
import { sendMetaSandboxCustomerMessage } from "./send-meta-sandbox-customer-message";
import { setMetaSandboxReviewRules } from "./set-meta-sandbox-review-rules";
import { setMetaSandboxStatusOptions } from "./set-meta-sandbox-status-options";

// The simulator lives in process memory, not in the database: no transaction to open.
export const metaSandboxActions = {
  "metaSandbox.review": defineAction({ role: "admin", input: metaSandboxReviewSchema, service: reviewMetaSandboxTemplate, transaction: false }),
  "metaSandbox.setReviewRules": defineAction({ role: "admin", input: metaSandboxReviewRulesSchema, service: setMetaSandboxReviewRules, transaction: false }),
  "metaSandbox.setStatusOptions": defineAction({ role: "admin", input: metaSandboxStatusOptionsSchema, service: setMetaSandboxStatusOptions, transaction: false }),
  "metaSandbox.customerMessage": defineAction({ role: "admin", input: metaSandboxCustomerMessageSchema, service: sendMetaSandboxCustomerMessage, transaction: false }),
  "metaSandbox.reset": defineAction({ role: "admin", input: metaSandboxResetSchema, service: resetMetaSandbox, transaction: false }),
};

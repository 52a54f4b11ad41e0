import { defineAction } from "@/lib/core/action";
import { deleteCtiOperation } from "./manager/delete-operation";
import { saveCtiAgent } from "./manager/save-agent";
import { saveCtiOperation } from "./manager/save-operation";
import { setCtiOperationEnabled } from "./manager/set-operation-enabled";
import { ctiAgentSchema, ctiOperationEnabledSchema, ctiOperationIdSchema, ctiOperationSchema } from "./manager-schemas";

/** Actions of the CTI manager (agent identity, operations); each touches only the caller's own rows. */
export const ctiManagerActions = {
  "ctiManager.saveAgent": defineAction({ role: "operator", input: ctiAgentSchema, service: saveCtiAgent }),
  "ctiManager.saveOperation": defineAction({ role: "operator", input: ctiOperationSchema, service: saveCtiOperation }),
  "ctiManager.deleteOperation": defineAction({ role: "operator", input: ctiOperationIdSchema, service: deleteCtiOperation }),
  "ctiManager.setOperationEnabled": defineAction({ role: "operator", input: ctiOperationEnabledSchema, service: setCtiOperationEnabled }),
};

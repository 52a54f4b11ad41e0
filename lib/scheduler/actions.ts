import { defineAction } from "@/lib/core/action";
import { cancelRun } from "./cancel-run";
import { deleteProcessConfig } from "./delete-process-config";
import { requestRun } from "./request-run";
import { saveProcessConfig } from "./save-process-config";
import { configIdSchema, processConfigSchema, requestRunSchema, runIdSchema, setConfigActiveSchema } from "./schemas";
import { setConfigActive } from "./set-config-active";

export const schedulerActions = {
  "scheduler.save": defineAction({ role: "admin", input: processConfigSchema, service: saveProcessConfig }),
  "scheduler.setActive": defineAction({ role: "admin", input: setConfigActiveSchema, service: setConfigActive }),
  "scheduler.delete": defineAction({ role: "admin", input: configIdSchema, service: deleteProcessConfig }),
  "scheduler.runNow": defineAction({ role: "operator", input: requestRunSchema, service: requestRun }),
  "scheduler.cancelRun": defineAction({ role: "operator", input: runIdSchema, service: cancelRun }),
};

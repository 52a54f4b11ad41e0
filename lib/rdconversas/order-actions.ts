import { defineAction } from "@/lib/core/action";
import { changeOrderStageSchema, orderStageNotificationsSchema } from "./order-schemas";
import { changeOrderStage } from "./orders/change-order-stage";
import { saveOrderStageNotifications } from "./orders/save-order-stage-notifications";

/** Actions of order stages and their notifications. */
export const orderStageActions = {
  "orders.changeStage": defineAction({ role: "operator", input: changeOrderStageSchema, service: changeOrderStage }),
  "rdOrderStages.save": defineAction({ role: "admin", input: orderStageNotificationsSchema, service: saveOrderStageNotifications }),
};

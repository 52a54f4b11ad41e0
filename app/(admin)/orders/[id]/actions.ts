"use server";
import { runAction } from "@/lib/core/run-action";

export async function changeOrderStage(input: unknown) {
  return runAction("orders.changeStage", input);
}

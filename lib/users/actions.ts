import type { ActionDef } from "@/lib/core/action";

export const userActions: Record<never, ActionDef> = {};

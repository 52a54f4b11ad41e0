import type { ActionDef } from "@/lib/core/action";

export const additionalFieldActions: Record<never, ActionDef> = {};

import type { ActionDef } from "@/lib/core/action";

export const peopleActions: Record<never, ActionDef> = {};

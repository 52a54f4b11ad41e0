import type { ActionDef } from "@/lib/core/action";

export const settingActions: Record<never, ActionDef> = {};

import type { ActionDef } from "@/lib/core/action";

export const phoneTypeActions: Record<never, ActionDef> = {};

import { defineAction } from "@/lib/core/action";

/** Actions of the CTI client session (login, logout, takeover, pause, dial). */
export const ctiSessionActions = {
};

import { requireAdmin } from "@/lib/core/ctx";
import { ServiceError } from "@/lib/core/errors";
import { routeJson } from "@/lib/core/route-json";
import { refreshPlugMessageStatus } from "@/lib/whatsapp/settings/refresh-plugmessage-status";

export const dynamic = "force-dynamic";

/**
 * The PlugMessage session as the "Configurações" tab polls it while the QR code waits to be read (admins only).
 * PlugMessage being unreachable is an answer to show, not a failed poll: `{ error }`.
 */
export async function GET() {
  return routeJson(async (ctx) => {
    requireAdmin(ctx);
    try {
      return await refreshPlugMessageStatus({ ctx });
    } catch (error) {
      if (error instanceof ServiceError && error.code.startsWith("PROVIDER_")) return { error: error.message };
      throw error;
    }
  });
}

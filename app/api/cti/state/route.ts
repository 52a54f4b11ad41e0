import { routeJson } from "@/lib/core/route-json";
import { listCtiOperations } from "@/lib/cti/manager/list-operations";
import { getCtiState } from "@/lib/cti/session/get-cti-state";

export const dynamic = "force-dynamic";

/** The docked CTI client's state on open and after each change: own agent, own live session, who holds the extension, own enabled operations. */
export async function GET() {
  return routeJson(async (ctx) => {
    const [state, operations] = await Promise.all([
      getCtiState({ ctx }),
      listCtiOperations({ ctx, input: { enabledOnly: true } }),
    ]);
    return {
      ...state,
      operations: operations.map((op) => ({ id: op.id, code: op.code, name: op.name, url: op.url, takesInput: op.takesInput })),
    };
  });
}

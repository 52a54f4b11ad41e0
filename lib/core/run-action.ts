import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { allActions, type ActionName } from "@/lib/actions";
import { executeAction, type ActionResult } from "./action";
import { systemClock } from "./clock";
import { currentPrincipal } from "./request-context";

type Def<N extends ActionName> = (typeof allActions)[N];
type Output<N extends ActionName> = Awaited<ReturnType<Def<N>["service"]>>;

/** What "use server" functions call: the registered action by name, with the request's session. */
export async function runAction<N extends ActionName>(name: N, input: unknown): Promise<ActionResult<Output<N>>> {
  const def = allActions[name] as unknown as Parameters<typeof executeAction>[0];
  const result = await executeAction(def, input, await currentPrincipal(), { db: getDb(), clock: systemClock });
  // Server-rendered lists refresh in the same round trip.
  if (result.ok) revalidatePath("/", "layout");
  return result as ActionResult<Output<N>>;
}

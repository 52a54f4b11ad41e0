import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { systemClock } from "./clock";
import { loadContext, type Ctx } from "./ctx";
import { ServiceError } from "./errors";

/** Session user id from the JWT, or null. */
export async function currentPrincipal() {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? { userId: id, signedInAt: session?.signedInAt ?? 0, sessionId: session?.sessionId ?? "" } : null;
}

/** Context for server components: checked against the database once per request. */
export const getPageContext = cache(async (): Promise<Ctx> => {
  const principal = await currentPrincipal();
  if (!principal) redirect("/login");
  try {
    return await loadContext(getDb(), principal.userId, systemClock, principal);
  } catch (error) {
    if (error instanceof ServiceError && error.code === "UNAUTHENTICATED") redirect("/login?expirada=1");
    if (error instanceof ServiceError && error.code === "FORBIDDEN") redirect("/login?sem-empresa=1");
    throw error;
  }
});

/** Admin-only pages answer 404 to operators, so their existence is not advertised. */
export async function getAdminPageContext(): Promise<Ctx> {
  const ctx = await getPageContext();
  if (ctx.user.role !== "admin") notFound();
  return ctx;
}

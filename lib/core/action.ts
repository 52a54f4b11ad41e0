import "./zod-locale";
import { z } from "zod";
import type { Db } from "@/db/client";
import type { Clock } from "./clock";
import { loadContext, type Ctx, type Role } from "./ctx";
import { ServiceError, type FieldErrors, type ServiceErrorCode } from "./errors";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: ServiceErrorCode | "INTERNAL"; fieldErrors: FieldErrors; href?: string };

export type Service<I, O> = (args: { ctx: Ctx; input: I }) => Promise<O>;

export type ActionDef<S extends z.ZodType = z.ZodType, O = unknown> = {
  /** Minimum role: "operator" lets both roles in, "admin" only admins. */
  role: Role;
  input: S;
  service: Service<z.output<S>, O>;
  /** Actions that call a provider opt out of the wrapping transaction and manage their own. */
  transaction?: boolean;
};

export function defineAction<S extends z.ZodType, O>(def: ActionDef<S, O>): ActionDef<S, O> {
  return def;
}

/** The session's sign-in time (ms) and id let the server revoke it; callers without them (tests, scripts) pass none. */
export type Principal = { userId: number; signedInAt?: number; sessionId?: string } | null;

/** Keys are dotted paths ("phones.0.number") so react-hook-form's setError can use them directly. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "root";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function fail(code: ServiceErrorCode | "INTERNAL", error: string, fieldErrors: FieldErrors = {}, href?: string) {
  return { ok: false as const, code, error, fieldErrors, ...(href ? { href } : {}) };
}

/**
 * The one door every server action goes through: session, active user, granted logged company, role,
 * zod parse, then the service in one transaction. Services throw ServiceError; this turns them into results.
 */
export async function executeAction<S extends z.ZodType, O>(
  def: ActionDef<S, O>,
  raw: unknown,
  principal: Principal,
  deps: { db: Db; clock: Clock },
): Promise<ActionResult<O>> {
  if (!principal) return fail("UNAUTHENTICATED", "Sua sessão expirou. Entre novamente.");
  try {
    const ctx = await loadContext(deps.db, principal.userId, deps.clock, principal);
    if (def.role === "admin" && ctx.user.role !== "admin") {
      return fail("FORBIDDEN", "Apenas administradores podem fazer isto.");
    }
    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      return fail("INVALID", `Verifique os campos: ${parsed.error.issues[0]?.message ?? "dados inválidos"}`, fieldErrors);
    }
    const data = def.transaction === false
      ? await def.service({ ctx, input: parsed.data })
      : await deps.db.transaction((tx) => def.service({ ctx: { ...ctx, db: tx }, input: parsed.data }));
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message, error.fieldErrors, error.href);
    console.error("[action] erro inesperado", error);
    return fail("INTERNAL", "Erro inesperado. Nada foi salvo; tente novamente.");
  }
}

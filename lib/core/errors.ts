export type ServiceErrorCode =
  | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "THROTTLED"
  | "PROVIDER_UNAVAILABLE" | "PROVIDER_REJECTED";

export type FieldErrors = Record<string, string[]>;

/** A refusal a user can act on: the message is Portuguese and shown as is. */
export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
    /** Optional link the UI can offer (e.g. the existing person behind a duplicate CPF). */
    readonly href?: string,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export const notFound = (what: string) => new ServiceError("NOT_FOUND", `${what} não encontrado(a).`);
export const forbidden = (message = "Você não tem permissão para esta ação.") => new ServiceError("FORBIDDEN", message);
export const invalid = (field: string, message: string) => new ServiceError("INVALID", message, { [field]: [message] });
export const conflict = (field: string, message: string, href?: string) =>
  new ServiceError("CONFLICT", message, { [field]: [message] }, href);

/** Postgres unique_violation, so services can map a constraint to a field. */
export function uniqueViolation(error: unknown): string | null {
  const e = (error as { cause?: unknown })?.cause ?? error;
  const pgError = e as { code?: string; constraint?: string };
  return pgError?.code === "23505" ? pgError.constraint ?? "" : null;
}

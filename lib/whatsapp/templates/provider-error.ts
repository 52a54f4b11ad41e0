import { ServiceError } from "@/lib/core/errors";
import type { ProviderFailure } from "@/lib/providers/types";

/** A Meta refusal as the screens show it: with Meta's code, on the form's summary (nothing was saved). */
export function metaRefusal(action: string, failure: ProviderFailure): ServiceError {
  return new ServiceError(
    failure.retryable ? "PROVIDER_UNAVAILABLE" : "PROVIDER_REJECTED",
    `${action}: ${failure.message}${failure.message.includes(failure.code) ? "" : ` (código ${failure.code})`}`,
  );
}

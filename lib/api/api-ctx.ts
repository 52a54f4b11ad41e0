import type { DbOrTx } from "@/db/client";
import type { Clock } from "@/lib/core/clock";

/** Who writes through the ingestion API: an API key of one company (there is no user). */
export type ApiCtx = { db: DbOrTx; clock: Clock; companyId: number; keyId: number };

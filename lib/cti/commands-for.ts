import type { DbOrTx } from "@/db/client";
import { getSetting } from "@/lib/settings/get-setting";
import type { CtiCommands } from "./commands";
import { ctiSetting } from "./settings";
import { createSmartCtiCommands } from "./soap-adapter";

/** The command service at the parameter's address, or SMARTCTI_URL (the simulated PBX in dev and e2e) when it is blank. */
export async function ctiServerUrl(db: DbOrTx): Promise<string> {
  const { serverUrl } = await getSetting(db, ctiSetting);
  return serverUrl.trim() || process.env.SMARTCTI_URL || "";
}

export async function ctiCommands(db: DbOrTx): Promise<CtiCommands> {
  return createSmartCtiCommands({ url: await ctiServerUrl(db) });
}

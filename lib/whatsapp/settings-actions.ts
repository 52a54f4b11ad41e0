import { defineAction } from "@/lib/core/action";
import { connectPlugMessage } from "./settings/connect-plugmessage";
import { disconnectPlugMessage } from "./settings/disconnect-plugmessage";
import { refreshPlugMessageStatus } from "./settings/refresh-plugmessage-status";
import { saveApiMode } from "./settings/save-api-mode";
import { saveOfficialApi } from "./settings/save-official-api";
import { saveSendAgent } from "./settings/save-send-agent";
import {
  apiModeSchema, connectPlugSchema, noInputSchema, officialApiSchema, plugScanSchema, sendAgentSchema,
} from "./settings/schemas";
import { simulatePlugScan } from "./settings/simulate-plug-scan";

/** "Configurações" of WPPFM001; the ones calling Meta's simulator or PlugMessage manage their own short transactions. */
export const whatsappSettingsActions = {
  "whatsapp.saveOfficialApi": defineAction({ role: "admin", input: officialApiSchema, service: saveOfficialApi, transaction: false }),
  "whatsapp.saveApiMode": defineAction({ role: "admin", input: apiModeSchema, service: saveApiMode }),
  "whatsapp.saveSendAgent": defineAction({ role: "admin", input: sendAgentSchema, service: saveSendAgent }),
  "whatsapp.connectPlugMessage": defineAction({ role: "admin", input: connectPlugSchema, service: connectPlugMessage, transaction: false }),
  "whatsapp.refreshPlugMessageStatus": defineAction({ role: "admin", input: noInputSchema, service: refreshPlugMessageStatus, transaction: false }),
  "whatsapp.disconnectPlugMessage": defineAction({ role: "admin", input: noInputSchema, service: disconnectPlugMessage, transaction: false }),
  "whatsapp.simulatePlugScan": defineAction({ role: "admin", input: plugScanSchema, service: simulatePlugScan, transaction: false }),
};

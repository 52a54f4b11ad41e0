import type { z } from "zod";
import { notifyDue } from "@/lib/rdconversas/processes/notify-due";
import { syncWhatsappTemplatesProcess } from "@/lib/whatsapp/processes/sync-templates-process";
import type { ProcessDefinition } from "./define";
import { demoCountPeople } from "./demo-count-people";
import { demoDueReminder } from "./demo-due-reminder";
import { outboxRelease } from "./outbox-release";

/** Every process a GERFP095 configuration can run. Module processes (like 103) add themselves with registerProcess. */
const registry = new Map<string, ProcessDefinition>();

export function registerProcess<S extends z.ZodObject>(definition: ProcessDefinition<S>) {
  // Params are parsed with the definition's own schema before its handler runs, so the wider type is safe.
  registry.set(definition.code, definition as unknown as ProcessDefinition);
}

export const processByCode = (code: string): ProcessDefinition | undefined => registry.get(code);
export const listProcesses = (): ProcessDefinition[] => [...registry.values()];

registerProcess(outboxRelease);
registerProcess(demoCountPeople);
registerProcess(demoDueReminder);
registerProcess(notifyDue);
registerProcess(syncWhatsappTemplatesProcess);

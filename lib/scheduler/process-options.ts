import "server-only";
import { z } from "zod";
import { listProcesses } from "./processes";

export type ParamField = { key: string; label: string; kind: "boolean" | "number" | "text"; defaultValue?: unknown };
/** What the configuration form needs of each registered process (plain JSON for a client component). */
export type ProcessOption = { code: string; name: string; type: string; mustFollow?: { process: string; minMinutes: number }; params: ParamField[] };

export function processOptions(): ProcessOption[] {
  return listProcesses().map((process) => {
    const schema = z.toJSONSchema(process.params, { io: "input" }) as { properties?: Record<string, { type?: string; description?: string; default?: unknown }> };
    return {
      code: process.code,
      name: process.name,
      type: process.type,
      ...(process.mustFollow ? { mustFollow: process.mustFollow } : {}),
      params: Object.entries(schema.properties ?? {}).map(([key, p]) => ({
        key,
        label: p.description ?? key,
        kind: p.type === "boolean" ? "boolean" as const : p.type === "number" || p.type === "integer" ? "number" as const : "text" as const,
        ...(p.default !== undefined ? { defaultValue: p.default } : {}),
      })),
    };
  });
}

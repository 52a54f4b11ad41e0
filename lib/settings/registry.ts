import { z } from "zod";

/** How the parameters screen renders one value; references are checked against their tables on save. */
export type SettingField = {
  key: string;
  label: string;
  kind: "text" | "secret" | "number" | "boolean" | "time" | "phoneType" | "additionalField";
  hint?: string;
};

export type SettingScope = "organization" | "company";

export type SettingDef<S extends z.ZodObject = z.ZodObject> = {
  /** ERP-style code, e.g. DS_LST_CONFIG_RDCONVERSAS. */
  code: string;
  /** "organization" = parâmetro corporativo; "company" = parâmetro empresarial (one value per company). */
  scope: SettingScope;
  module: string;
  title: string;
  description: string;
  schema: S;
  fields: SettingField[];
  defaults: z.input<S>;
  /**
   * Runs after validation with secrets in plain text and may add derived keys (e.g. the chip's integration id
   * looked up at the provider); throwing a ServiceError refuses the save with that message.
   */
  prepare?: (value: Record<string, unknown>, ctx: HookCtx) => Promise<Record<string, unknown>>;
  /** Runs in the saving transaction once the new value is stored (secrets encrypted), e.g. to refresh a derived row. */
  afterSave?: (value: Record<string, unknown>, ctx: HookCtx) => Promise<void>;
};

/** What a parameter hook may use: the action's transaction and clock (kept structural so this file stays client-safe). */
export type HookCtx = { db: unknown; clock: { now(): Date } };

const registry = new Map<string, SettingDef>();

/** Modules register their parameters at import time (see lib/settings/definitions.ts). */
export function defineSetting<S extends z.ZodObject>(def: SettingDef<S>): SettingDef<S> {
  // Hot reload re-evaluates a module's settings file in development; anywhere else a repeated code is a real clash.
  if (registry.has(def.code) && process.env.NODE_ENV !== "development") throw new Error(`Parâmetro ${def.code} registrado duas vezes`);
  registry.set(def.code, def as unknown as SettingDef);
  return def;
}

export const settingDefinitions = () => [...registry.values()];
export const findSettingDefinition = (code: string) => registry.get(code);
export const secretKeys = (def: SettingDef) => def.fields.filter((f) => f.kind === "secret").map((f) => f.key);

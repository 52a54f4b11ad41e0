// Importing a module's settings file registers its parameters; later modules add their line here.
import "./core-settings";
import "@/lib/rdconversas/settings";
import "@/lib/cti/settings";

export { settingDefinitions, findSettingDefinition } from "./registry";

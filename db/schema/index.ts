export * from "./core";
export * from "./people";
export * from "./jobs";
export * from "./messaging";
export * from "./scheduler";
export * from "./rdconversas";
export * from "./cti";
export * from "./crm";

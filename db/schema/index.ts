export * from "./core";
export * from "./people";
export * from "./jobs";

export * from "./core";
export * from "./people";

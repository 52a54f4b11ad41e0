import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` never connects; the URL matters only for `drizzle-kit studio`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:54329/app" },
  strict: true,
});

import { runMigrations } from "../db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Defina DATABASE_URL para migrar um PostgreSQL externo (npm run dev migra o embutido sozinho).");
  process.exit(1);
}
await runMigrations(url);
console.log("Migrações aplicadas.");

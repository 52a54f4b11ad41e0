import { seedDemo } from "../db/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Defina DATABASE_URL. (npm run dev já semeia o banco embutido sozinho.)");
  process.exit(1);
}
console.log(`Dados de demonstração: ${await seedDemo(url)}`);

/** npm run db:seed:volume -- --people 200000 --receivables 1000000 [--force]: benchmark volumes in DATABASE_URL. */
import { parseArgs } from "node:util";
import { seedVolume } from "../db/seed/volume";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "Defina DATABASE_URL com o banco a preencher. Com `npm run dev` rodando, o banco embutido fica em\n" +
      "  postgres://postgres:postgres@127.0.0.1:54329/app\n" +
      "(prefira um banco separado para não pesar a demonstração, ex.: .../volume).",
  );
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "200000" },
    receivables: { type: "string", default: "1000000" },
    force: { type: "boolean", default: false },
  },
});
const count = (name: "people" | "receivables") => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} deve ser um número inteiro não negativo (recebido: ${values[name]}).`);
    process.exit(1);
  }
  return value;
};
const people = count("people");
const receivables = count("receivables");
const number = new Intl.NumberFormat("pt-BR");

const report = await seedVolume(url, { people, receivables, force: values.force, log: (line) => console.log(line) });
if (report.status === "refused") {
  console.error(
    `Já existem ${number.format(report.existingPeople)} pessoas de volume (código ERP "V…") neste banco. ` +
      "Use --force para acrescentar mais.",
  );
  process.exit(1);
}
console.log(`Total: ${(report.totalMs / 1000).toFixed(1)} s`);

/** The browser tests use the system Chromium; install it with apt-get when missing and allowed to. */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${path} não existe.`);
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error("Chromium não encontrado em /usr/bin/chromium. Instale-o e rode os testes de novo:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n");
  process.exit(1);
}
console.log("Chromium não encontrado: instalando com apt-get…");
execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
if (!existsSync(path)) {
  console.error("apt-get terminou mas /usr/bin/chromium continua ausente.");
  process.exit(1);
}

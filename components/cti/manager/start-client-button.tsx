import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Opens the docked CTI client; useless until login, extension and group are saved. */
export function StartCtiClientButton({ ready }: { ready: boolean }) {
  if (ready) return <Link href="?cti=open" className={buttonClass("primary")}>Iniciar</Link>;
  return (
    <div className="flex items-center gap-2">
      <span id="cti-start-hint" className="text-xs text-slate-500">Salve login, ramal e grupo para iniciar.</span>
      <button type="button" disabled aria-describedby="cti-start-hint" className={buttonClass("primary")}>Iniciar</button>
    </div>
  );
}

import { getDb } from "@/db/client";
import { formatDateTime } from "@/lib/br/format";
import { systemClock } from "@/lib/core/clock";
import { getSidecarStatus } from "@/lib/jobs/heartbeat";

/** On every page while no jobs sidecar has beaten for 2 minutes: schedules and sends are not running. */
export async function SidecarBanner() {
  const status = await getSidecarStatus(getDb(), systemClock);
  if (status.alive) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 md:px-6">
      <strong>Processamento em segundo plano parado.</strong>{" "}
      {status.lastBeatAt ? `Último sinal do processo jobs em ${formatDateTime(status.lastBeatAt)}.` : "Nenhum processo jobs registrado."}{" "}
      Processos agendados (GERFP095) e envios de mensagens aguardam até que ele volte (npm run jobs).
    </div>
  );
}

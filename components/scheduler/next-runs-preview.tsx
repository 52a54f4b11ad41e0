"use client";
import { useWatch, type Control } from "react-hook-form";
import { formatDateTime } from "@/lib/br/format";
import { parseSaoPauloLocal } from "@/lib/scheduler/sao-paulo-time";
import { cronFieldErrors, nextRuns } from "@/lib/scheduler/schedule";
import type { ProcessConfigInput } from "@/lib/scheduler/schemas";

/** The next 5 run times, recomputed in the browser as the schedule fields change. */
export function NextRunsPreview({ control }: { control: Control<ProcessConfigInput> }) {
  const values = useWatch({ control });
  const startAt = parseSaoPauloLocal(values.startAt ?? "");
  const fields = {
    cronMinute: values.cronMinute ?? "*", cronHour: values.cronHour ?? "*", cronDayOfMonth: values.cronDayOfMonth ?? "*",
    cronMonth: values.cronMonth ?? "*", cronDayOfWeek: values.cronDayOfWeek ?? "*",
  };
  const frequency = values.frequency ?? "daily";
  let content: React.ReactNode;
  if (!startAt) content = <p className="text-sm text-slate-500">Informe a data/hora de início.</p>;
  else if (frequency === "cron" && Object.keys(cronFieldErrors(fields)).length > 0) {
    content = <p className="text-sm text-slate-500">Corrija os campos cron para ver as próximas execuções.</p>;
  } else {
    const runs = nextRuns({ ...fields, frequency, startAt }, new Date(), 5);
    content = runs.length === 0
      ? <p className="text-sm text-slate-500">Nenhuma execução futura com esta configuração.</p>
      : <ol className="grid gap-1 text-sm text-slate-800 sm:grid-cols-5">{runs.map((d) => <li key={d.getTime()} className="rounded bg-slate-100 px-2 py-1 font-mono">{formatDateTime(d)}</li>)}</ol>;
  }
  return (
    <section aria-label="Próximas execuções" className="space-y-1">
      <h3 className="text-sm font-medium text-slate-700">Próximas execuções (horário de Brasília)</h3>
      {content}
    </section>
  );
}

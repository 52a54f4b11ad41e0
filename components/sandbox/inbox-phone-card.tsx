import Link from "next/link";
import { Badge, Card } from "@/components/ui/card";
import { formatDateTime, formatInteger } from "@/lib/br/format";
import { formatPhone } from "@/lib/br/phone";
import type { InboxPhone } from "@/lib/sandbox/list-sandbox-inbox";

/** One customer phone and what it received, newest first, as the customer would read it. */
export function InboxPhoneCard({ row, basePath }: { row: InboxPhone; basePath: string }) {
  const hidden = row.count - row.messages.length;
  return (
    <Card
      title={formatPhone(row.phone)}
      actions={<Badge tone="blue">{formatInteger(row.count)} {row.count === 1 ? "mensagem" : "mensagens"}</Badge>}
    >
      <ol className="space-y-3">
        {row.messages.map((m) => (
          <li key={m.id} className="max-w-2xl rounded-lg border border-emerald-100 bg-emerald-50 px-3 py-2">
            <p className="whitespace-pre-wrap text-sm text-slate-900">{m.text}</p>
            <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-500">
              <Badge tone={m.provider === "rdconversas" ? "blue" : m.provider === "meta" ? "green" : "amber"}>{m.providerLabel}</Badge>
              <span className="font-mono">{m.templateName}</span>
              <time dateTime={m.at.toISOString()} className="tabular-nums">{formatDateTime(m.at)}</time>
              <span className="font-mono" title={`Id da mensagem no ${m.providerLabel}`}>{m.id}</span>
            </p>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <p className="mt-3 text-sm text-slate-600">
          Mais {formatInteger(hidden)} {hidden === 1 ? "mensagem anterior" : "mensagens anteriores"}.{" "}
          <Link className="text-brand-700 underline" href={`${basePath}?telefone=${encodeURIComponent(row.phone.replace(/\D/g, ""))}`}>Ver só este telefone</Link>
        </p>
      )}
    </Card>
  );
}

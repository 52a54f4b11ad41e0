import { Badge } from "@/components/ui/card";

/** A creditor's own document, or the account's one it falls back to. */
export function DocumentCell({ own, accountName }: { own: string | null | undefined; accountName: string | null }) {
  if (own) return <span>{own}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Badge>Usa o da conta</Badge>
      <span className="text-xs text-slate-500">{accountName ?? "nenhum escolhido"}</span>
    </span>
  );
}

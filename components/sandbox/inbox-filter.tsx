import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/** A plain GET form, so a phone's inbox can be bookmarked or shared. */
export function InboxFilter({ phone, basePath }: { phone?: string; basePath: string }) {
  return (
    <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <Field label="Telefone" hint="Qualquer parte do número, ex.: 98765 ou 11987654321." className="w-72">
        {(p) => <Input {...p} name="telefone" defaultValue={phone ?? ""} inputMode="tel" autoComplete="off" />}
      </Field>
      <div className="flex gap-2 pb-5">
        <button type="submit" className={buttonClass("primary")}>Filtrar</button>
        <Link href={basePath} className={buttonClass("secondary")}>Limpar</Link>
      </div>
    </form>
  );
}

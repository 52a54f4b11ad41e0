"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { runProcessNow } from "@/app/(admin)/scheduler/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/action";

/** "Executar agora" and "Executar para a data…": queue runs, then follow the run (or the list when there are several). */
export function RunNowButtons({ configId }: { configId: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState("");
  const [dateError, setDateError] = useState<string>();
  const follow = (result: ActionResult<{ runIds: number[] }>, onError: (message: string) => void) => {
    if (!result.ok) return onError(result.fieldErrors.referenceDate?.[0] ?? result.error);
    setOpen(false);
    router.push(result.data.runIds.length === 1 ? `/scheduler/runs/${result.data.runIds[0]}` : `/scheduler/${configId}#execucoes`);
  };
  return (
    <div className="flex flex-wrap items-start gap-2">
      <Button type="button" busy={pending && !open} onClick={() => start(async () => follow(await runProcessNow({ configId }), setError))}>
        Executar agora
      </Button>
      <Dialog
        open={open}
        onOpenChange={(o) => { setOpen(o); setDateError(undefined); }}
        title="Executar para a data…"
        description="Reexecuta o processo como se fosse o dia escolhido (data de referência); útil depois de uma falha."
        trigger={<Button type="button" variant="secondary">Executar para a data…</Button>}
      >
        <form
          className="space-y-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!date) return setDateError("Informe a data de referência.");
            start(async () => follow(await runProcessNow({ configId, referenceDate: date }), setDateError));
          }}
        >
          <Field label="Data de referência" error={dateError}>
            {(p) => <Input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>Cancelar</Button>
            <Button type="submit" busy={pending && open}>Executar</Button>
          </div>
        </form>
      </Dialog>
      {error && <div className="w-full"><FormError message={error} /></div>}
    </div>
  );
}

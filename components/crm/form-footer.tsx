import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

export function FormFooter({ error, submitting, cancelHref }: { error?: string; submitting: boolean; cancelHref: string }) {
  return (
    <>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Link href={cancelHref} className={buttonClass("secondary")}>Cancelar</Link>
        <Button type="submit" busy={submitting}>Salvar</Button>
      </div>
    </>
  );
}

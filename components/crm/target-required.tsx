import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

/** Shown instead of a create form when the URL brings no usable account. */
export function TargetRequired({ problem }: { problem: string }) {
  return (
    <EmptyState title={problem}>
      <p>Abra este formulário pelo CTI com uma conta selecionada, ou escolha a conta no cadastro de pessoas.</p>
      <Link href="/people" className={`${buttonClass("secondary", "sm")} mt-3`}>Ir para Pessoas</Link>
    </EmptyState>
  );
}

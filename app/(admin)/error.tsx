"use client";
import { Button } from "@/components/ui/button";

/** Any unexpected failure while rendering a screen: say so plainly and offer a retry. */
export default function ScreenError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto mt-16 max-w-lg rounded-lg border border-red-200 bg-white p-6 shadow-xs">
      <h1 className="text-lg font-semibold text-red-700">Não foi possível carregar esta tela</h1>
      <p className="mt-2 text-sm text-slate-600">
        Ocorreu um erro inesperado. Nenhum dado foi alterado. Tente novamente; se persistir, informe o código abaixo ao suporte.
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs text-slate-500">Código: {error.digest}</p>}
      <Button className="mt-4" onClick={reset}>Tentar novamente</Button>
    </div>
  );
}

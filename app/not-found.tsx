import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-xs">
      <p className="font-mono text-xs text-slate-500">404</p>
      <h1 className="mt-1 text-xl font-semibold">Página não encontrada</h1>
      <p className="mt-2 text-sm text-slate-600">O endereço não existe ou o seu perfil não tem acesso a ele.</p>
      <Link href="/" className={buttonClass("primary") + " mt-6"}>Voltar ao painel</Link>
    </main>
  );
}

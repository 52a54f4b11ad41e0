import type { Metadata } from "next";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Entrar" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const notice = params.expirada
    ? "Sua sessão não é mais válida. Entre novamente."
    : params["sem-empresa"] !== undefined
      ? "Nenhuma empresa está liberada para o seu usuário. Fale com um administrador."
      : undefined;
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-50 to-slate-100 px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-lg">
        <div className="mb-6 text-center">
          <div className="mx-auto mb-3 flex size-11 items-center justify-center rounded-xl bg-brand-600 text-xl font-bold text-white">R</div>
          <h1 className="text-xl font-semibold">Entrar no Recado</h1>
          <p className="mt-1 text-sm text-slate-500">Integrações de WhatsApp, cobrança e telefonia</p>
        </div>
        <LoginForm callbackUrl={params.callbackUrl} notice={notice} />
      </div>
    </main>
  );
}

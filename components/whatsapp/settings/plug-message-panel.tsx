"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { connectPlugMessage, disconnectPlugMessage, simulatePlugScan } from "@/app/(admin)/whatsapp/settings/actions";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, FormError, Input } from "@/components/ui/field";
import { formatDateTime } from "@/lib/br/format";
import type { ActionResult } from "@/lib/core/action";
import type { PlugStatusView } from "@/lib/whatsapp/settings/plug-status-view";

type Polled = PlugStatusView | { error: string };
const QUERY_KEY = ["whatsapp-plug-status"];
const POLL_MS = 3_000;

async function fetchStatus(): Promise<Polled> {
  const response = await fetch("/api/whatsapp/plugmessage/status", { cache: "no-store" });
  if (!response.ok) throw new Error(response.status === 401 ? "Sessão expirada: entre novamente." : "Não foi possível consultar o PlugMessage.");
  return response.json() as Promise<Polled>;
}

const until = (status: PlugStatusView) => (status.expiresAt ? formatDateTime(new Date(status.expiresAt)) : "");

function StatusLine({ status }: { status: PlugStatusView }) {
  switch (status.state) {
    case "connected":
      return <p><Badge tone="green">Conectado</Badge> <span className="text-sm text-slate-700">Conectado até {until(status)}</span></p>;
    case "expiring":
      return (
        <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">{status.message}</p>
          <p>Conectado até {until(status)}.</p>
        </div>
      );
    case "expired":
      return (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p><Badge tone="red">Desconectado</Badge> A sessão expirou em {until(status)}: as mensagens não saem até o QR code ser lido de novo.</p>
        </div>
      );
    case "waiting_qr":
      return <p className="text-sm text-slate-700"><Badge tone="blue">Aguardando leitura</Badge> {status.message}</p>;
    default:
      return <p className="text-sm text-slate-600"><Badge>Não conectado</Badge> {status.message}</p>;
  }
}

/**
 * "Conectar-se ao PlugMessage": shows the QR code to read with the company's phone and polls the session every 3 s until
 * it connects; afterwards, until when it is valid, a warning from 3 days before and "Desconectado" after.
 */
export function PlugMessagePanel({ initial, maskedToken, simulator, sandbox }: {
  initial: PlugStatusView; maskedToken: string; simulator: boolean; sandbox: boolean;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data, error: pollError } = useQuery({
    queryKey: QUERY_KEY,
    queryFn: fetchStatus,
    initialData: initial as Polled,
    staleTime: 0,
    // One read on load catches a session that ended at PlugMessage (phone logged out) and fetches the QR while waiting.
    refetchOnMount: true,
    refetchOnWindowFocus: false,
    refetchInterval: (query) => {
      const current = query.state.data;
      return current && "state" in current && current.state !== "waiting_qr" ? false : POLL_MS;
    },
  });
  const [lastStatus, setLastStatus] = useState(initial);
  const status = "state" in data ? data : lastStatus;
  const providerError = "error" in data ? data.error : pollError?.message;
  const [token, setToken] = useState("");
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const previous = useRef(status.state);

  useEffect(() => {
    if ("state" in data) setLastStatus(data);
  }, [data]);
  // Once the phone read the QR code the rest of the page (sending account) changes too.
  useEffect(() => {
    if (previous.current === "waiting_qr" && status.state === "connected") router.refresh();
    previous.current = status.state;
  }, [status.state, router]);

  const run = (action: () => Promise<ActionResult<PlugStatusView>>) => start(async () => {
    setError(undefined);
    const result = await action();
    if (!result.ok) {
      setError(result.fieldErrors.token?.[0] ?? result.error);
      return;
    }
    queryClient.setQueryData(QUERY_KEY, result.data);
    setToken("");
  });
  const connect = () => run(() => connectPlugMessage({ token }));
  const connectLabel = status.state === "never" ? "Conectar-se ao PlugMessage" : "Conectar novamente (novo QR code)";

  return (
    <div className="space-y-4">
      <StatusLine status={status} />
      {providerError && <p role="status" className="text-sm text-red-600">{providerError}</p>}
      <FormError message={error} />

      {status.state === "waiting_qr" && (
        <div className="flex flex-wrap items-start gap-4">
          {status.qrSvg ? (
            <img src={`data:image/svg+xml;utf8,${encodeURIComponent(status.qrSvg)}`} alt="QR code do PlugMessage" width={224} height={224} className="rounded-md border border-slate-200" />
          ) : (
            <p className="text-sm text-slate-600" aria-busy="true">Carregando o QR code…</p>
          )}
          <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
            <li>Abra o WhatsApp no celular do número da empresa.</li>
            <li>Toque em <strong>Aparelhos conectados</strong> › <strong>Conectar um aparelho</strong>.</li>
            <li>Aponte a câmera para o QR code. Esta página atualiza sozinha.</li>
            <li>A conexão vale 15 dias: depois é preciso ler o QR code de novo.</li>
          </ol>
        </div>
      )}

      <div className="flex flex-wrap items-end gap-3">
        <Field label="Token do PlugMessage" className="min-w-64 flex-1"
          hint={maskedToken ? `Guardado: ${maskedToken}. Deixe em branco para manter.` : simulator ? "Sandbox: deixe em branco para gerar um token do simulador." : "Informado pela PlugMessage na contratação."}>
          {(p) => <Input {...p} type="password" value={token} onChange={(e) => setToken(e.target.value)} placeholder={maskedToken || undefined} autoComplete="new-password" />}
        </Field>
        <Button type="button" busy={pending} onClick={connect} variant={status.state === "connected" ? "secondary" : "primary"}>{connectLabel}</Button>
        {(status.state === "connected" || status.state === "expiring" || status.state === "waiting_qr") && (
          <ConfirmButton
            label="Desconectar" title="Desconectar o PlugMessage?" confirmLabel="Desconectar"
            description="O número deixa de enviar mensagens pela API não oficial até o QR code ser lido novamente."
            onConfirm={async () => {
              const result = await disconnectPlugMessage({});
              if (result.ok) queryClient.setQueryData(QUERY_KEY, result.data);
              return result;
            }}
          />
        )}
      </div>

      {sandbox && simulator && status.state === "waiting_qr" && (
        <section aria-labelledby="plug-sandbox-scan" className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2">
          <h3 id="plug-sandbox-scan" className="text-sm font-medium text-slate-700">Sandbox</h3>
          <p className="mb-2 text-xs text-slate-500">Sem celular: o simulador do PlugMessage faz o papel do aparelho que lê o QR code.</p>
          <Button type="button" size="sm" variant="secondary" busy={pending} onClick={() => run(() => simulatePlugScan({}))}>
            Simular leitura do QR code (sandbox)
          </Button>
        </section>
      )}
    </div>
  );
}

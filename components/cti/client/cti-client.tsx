"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { ctiDialAction } from "@/app/(admin)/cti/actions";
import { CtiStatusProvider } from "@/components/cti/cti-status-context";
import { FormError } from "@/components/ui/field";
import { formatPhone } from "@/lib/br/phone";
import { CtiCallCard, callerLabel } from "./cti-call-card";
import { CtiLoginForm } from "./cti-login-form";
import { CtiPanel } from "./cti-panel";
import { CtiSessionBar } from "./cti-session-bar";
import { alertHiddenRing, requestNotificationPermission } from "./ring-alerts";
import { useCtiEvents } from "./use-cti-events";
import { useCtiState } from "./use-cti-state";

/** Opens the panel when the URL carries ?cti=open (the CTI manager's "Iniciar"); isolated because it suspends. */
function OpenOnQuery({ onOpen }: { onOpen: () => void }) {
  const open = useSearchParams().get("cti") === "open";
  useEffect(() => { if (open) onOpen(); }, [open, onOpen]);
  return null;
}

/**
 * The docked CTI client around the app shell: provides the click-to-dial status to every screen and shows the panel
 * while opened or while the user has a live session (so it re-attaches after a reload).
 */
export function CtiClient({ children }: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const state = useCtiState();
  const [opened, setOpened] = useState(false);
  const [expanded, setExpanded] = useState(true);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string }>();
  const session = state.data?.session ?? null;
  const live = session !== null && session.status !== "ended";
  const loggedIn = session?.status === "ready" || session?.status === "paused";
  const { refresh } = state;

  const open = useCallback(() => {
    setOpened(true);
    setExpanded(true);
    requestNotificationPermission();
    void refresh();
  }, [refresh]);

  const { call, offline } = useCtiEvents(live ? session.id : null, {
    onRing: (rung) => {
      setExpanded(true);
      alertHiddenRing(callerLabel(rung.ani), rung.direction);
    },
    onStatus: (status) => { if (status !== session?.status) void refresh(); },
    onGone: () => void refresh(),
  }, live ? session.startedAt : undefined);

  const dial = useCallback(async (number: string) => {
    const result = await ctiDialAction({ number });
    if (!result.ok) {
      setNotice({ kind: "error", text: result.error });
      throw new Error(result.error);
    }
    setNotice({ kind: "ok", text: `Discando para ${formatPhone(result.data.number)}: atenda o ramal ${result.data.extension}.` });
  }, []);
  const status = useMemo(() => ({ loggedIn, dial }), [loggedIn, dial]);

  const close = () => {
    setOpened(false);
    if (new URLSearchParams(window.location.search).get("cti") === "open") router.replace(pathname);
  };

  const data = state.data;
  const visible = opened || live;
  const summary = session
    ? `Ramal ${session.extension}${call && call.phase !== "ended" && call.phase !== "failed" ? ` · ${callerLabel(call.ani)}` : ""}`
    : "Desconectado";

  return (
    <CtiStatusProvider value={status}>
      {/* Docked, not floating: on wide screens the open panel gets its own column instead of covering forms. */}
      <div className={visible && expanded ? "xl:pr-[27rem]" : undefined}>{children}</div>
      <Suspense fallback={null}><OpenOnQuery onOpen={open} /></Suspense>
      {visible && (
        <CtiPanel summary={summary} expanded={expanded} onToggle={() => setExpanded((e) => !e)} onClose={live ? undefined : close}>
          {state.isError && <FormError message={state.error.message} />}
          {!data ? (
            <p className="text-sm text-slate-500">Carregando o CTI…</p>
          ) : session ? (
            <>
              <CtiSessionBar session={session} askJustification={data.askLogoutJustification} onChanged={() => void refresh()} />
              {offline && <p role="status" className="text-xs text-amber-700">Sem conexão com o servidor; tentando novamente…</p>}
              {notice && (
                <p role={notice.kind === "error" ? "alert" : "status"} className={`text-sm ${notice.kind === "error" ? "text-red-600" : "text-emerald-700"}`}>
                  {notice.text}
                </p>
              )}
              <CtiCallCard call={call} operations={data.operations} />
            </>
          ) : (
            <CtiLoginForm state={data} onDone={() => void refresh()} />
          )}
        </CtiPanel>
      )}
    </CtiStatusProvider>
  );
}

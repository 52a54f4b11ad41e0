"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { CtiStateView } from "@/lib/cti/client/types";

export const CTI_STATE_KEY = ["cti-state"] as const;

async function fetchCtiState(): Promise<CtiStateView> {
  const response = await fetch("/api/cti/state", { cache: "no-store" });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? "Não foi possível carregar o estado do CTI.");
  return body as CtiStateView;
}

/** The user's CTI state, fetched on mount so a live session re-attaches the panel after a reload. */
export function useCtiState() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: CTI_STATE_KEY, queryFn: fetchCtiState, staleTime: 30_000 });
  const refresh = useCallback(() => client.invalidateQueries({ queryKey: CTI_STATE_KEY }), [client]);
  return { ...query, refresh };
}

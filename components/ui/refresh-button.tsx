"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "./button";

/** "Atualizar": re-reads a server-rendered page whose data changes outside it (a simulator's state, for instance). */
export function RefreshButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  return <Button type="button" variant="secondary" busy={pending} onClick={() => start(() => router.refresh())}>Atualizar</Button>;
}

"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";

/** The PBX changes when the CTI client logs in or dials: re-read its state on demand. */
export function PbxRefreshButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  return <Button type="button" variant="secondary" busy={pending} onClick={() => start(() => router.refresh())}>Atualizar</Button>;
}

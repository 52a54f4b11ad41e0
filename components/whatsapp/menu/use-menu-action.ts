"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/core/action";

/** Runs a Menu tab action from a button: refreshes the page on success, keeps the server's refusal to show in place. */
export function useMenuAction() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>) => start(async () => {
    const result = await action();
    if (result.ok) {
      setError(undefined);
      router.refresh();
    } else {
      setError(result.error);
    }
  });
  return { run, pending, error };
}

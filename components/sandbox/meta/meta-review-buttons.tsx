"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reviewMetaSandboxTemplate } from "@/app/(admin)/admin/sandbox/meta/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { META_REJECTION_REASONS, META_REJECTION_REASON_LABELS, type MetaRejectionReason } from "@/lib/providers/meta/wire";

const REJECTABLE = META_REJECTION_REASONS.filter((r) => r !== "NONE");

/** Aprovar / Rejeitar (with Meta's reason) for one template of the simulator: its app gets the status webhook at once. */
export function MetaReviewButtons({ templateId, templateName, status }: { templateId: string; templateName: string; status: string }) {
  const router = useRouter();
  const [reason, setReason] = useState<MetaRejectionReason>("INVALID_FORMAT");
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const decide = (decision: "APPROVED" | "REJECTED") => start(async () => {
    const result = await reviewMetaSandboxTemplate({ templateId, decision, reason: decision === "REJECTED" ? reason : "NONE" });
    setError(result.ok ? undefined : result.error);
    if (result.ok) router.refresh();
  });
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {error && <span role="alert" className="text-xs text-red-600">{error}</span>}
      {status !== "APPROVED" && (
        <Button type="button" size="sm" busy={pending} onClick={() => decide("APPROVED")} aria-label={`Aprovar ${templateName}`}>Aprovar</Button>
      )}
      {status !== "REJECTED" && (
        <>
          <label className="sr-only" htmlFor={`reason-${templateId}`}>Motivo da rejeição de {templateName}</label>
          <Select id={`reason-${templateId}`} className="w-auto py-1 text-xs" value={reason} onChange={(e) => setReason(e.target.value as MetaRejectionReason)}>
            {REJECTABLE.map((r) => <option key={r} value={r}>{META_REJECTION_REASON_LABELS[r]}</option>)}
          </Select>
          <Button type="button" size="sm" variant="secondary" busy={pending} onClick={() => decide("REJECTED")} aria-label={`Rejeitar ${templateName}`}>Rejeitar</Button>
        </>
      )}
    </div>
  );
}

import { Badge } from "@/components/ui/card";
import { OCCURRENCE_STATUS_LABELS } from "@/lib/crm/schemas";

const TONES = { open: "blue", in_progress: "amber", waiting_customer: "slate", waiting_authorization: "slate", closed: "green" } as const;

export function OccurrenceStatusBadge({ status }: { status: keyof typeof OCCURRENCE_STATUS_LABELS }) {
  return <Badge tone={TONES[status]}>{OCCURRENCE_STATUS_LABELS[status]}</Badge>;
}

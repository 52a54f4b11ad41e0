import { Badge } from "@/components/ui/card";
import { RUN_STATUS_LABELS, RUN_STATUS_TONES, type RunStatus } from "@/lib/scheduler/labels";

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return <Badge tone={RUN_STATUS_TONES[status]}>{RUN_STATUS_LABELS[status]}</Badge>;
}

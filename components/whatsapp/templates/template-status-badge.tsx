import { Badge } from "@/components/ui/card";
import type { TemplateStatus } from "@/db/schema";
import { TEMPLATE_STATUS_LABELS, TEMPLATE_STATUS_TONES } from "@/lib/whatsapp/templates/labels";

export function TemplateStatusBadge({ status }: { status: TemplateStatus }) {
  return <Badge tone={TEMPLATE_STATUS_TONES[status]}>{TEMPLATE_STATUS_LABELS[status]}</Badge>;
}

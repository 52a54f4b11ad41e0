import { createMetaTemplate, deleteMetaTemplate, editMetaTemplate, listMetaTemplates } from "@/lib/providers/meta/client";
import { META_ERROR_CODES, META_REJECTION_REASON_LABELS, type MetaRejectionReason } from "@/lib/providers/meta/wire";
import type { ProviderFailure } from "@/lib/providers/types";
import type { OfficialCredentials } from "./official-credentials";

/** A template as Meta lists it, in the terms the template screens use (reason already in Portuguese). */
export type RemoteTemplate = { id: string; name: string; language: string; status: string; category: string; body: string; rejectedReason: string | null };

const connection = (c: OfficialCredentials) => ({ baseUrl: c.baseUrl, token: c.token, wabaId: c.wabaId, phoneNumberId: c.phoneNumberId });

/** Meta's rejection reason code as shown to admins ("ABUSIVE_CONTENT" → "Conteúdo abusivo…"); unknown codes as they came. */
export function rejectionLabel(reason: string | null | undefined): string | null {
  if (!reason || reason === "NONE") return null;
  return META_REJECTION_REASON_LABELS[reason as MetaRejectionReason] ?? reason;
}

export async function submitRemote(c: OfficialCredentials, t: { name: string; category: "MARKETING" | "UTILITY"; language: string; body: string; examples: string[] }) {
  return createMetaTemplate(connection(c), t);
}

export async function editRemote(c: OfficialCredentials, templateId: string, t: { category: "MARKETING" | "UTILITY"; body: string; examples: string[] }) {
  return editMetaTemplate(connection(c), { templateId, ...t });
}

/** A template Meta does not know (already deleted there) comes back with notFound, so deleting here can go on. */
export async function deleteRemote(c: OfficialCredentials, name: string): Promise<{ ok: true } | (ProviderFailure & { notFound: boolean })> {
  const result = await deleteMetaTemplate(connection(c), { name });
  if (result.ok) return result;
  return { ...result, notFound: result.code === String(META_ERROR_CODES.invalidParameter) && /not (be )?found|does not exist|não existe/i.test(result.message) };
}

export async function listRemote(c: OfficialCredentials): Promise<{ ok: true; items: RemoteTemplate[] } | ProviderFailure> {
  const result = await listMetaTemplates(connection(c));
  if (!result.ok) return result;
  return {
    ok: true,
    items: result.items.map((t) => ({
      id: t.id, name: t.name, language: t.language, status: t.status, category: t.category, body: t.body, rejectedReason: rejectionLabel(t.rejectedReason),
    })),
  };
}

import type { ProviderTemplate } from "@/lib/providers/types";

/** Why a message's provider template no longer matches what was configured, or null when it still does. */
export function templateWarning(
  message: { templateId: string; templateName: string; templateText: string },
  templates: readonly Pick<ProviderTemplate, "id" | "text">[],
): string | null {
  const live = templates.find((t) => t.id === message.templateId);
  if (!live) return `O template "${message.templateName}" não existe mais no RD Conversas: exclua a mensagem ou crie outra em "Consultar templates".`;
  if (live.text !== message.templateText) {
    return `O texto do template "${message.templateName}" mudou no RD Conversas: revise a lista de campos e salve a mensagem.`;
  }
  return null;
}

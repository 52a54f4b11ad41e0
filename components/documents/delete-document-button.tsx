"use client";
import { useRouter } from "next/navigation";
import { deleteDocumentTemplate } from "@/app/(admin)/admin/documents/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeleteDocumentButton({ id, name, afterDelete }: { id: number; name: string; afterDelete?: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Excluir"
      title="Excluir documento?"
      description={<>O documento <strong>{name}</strong> será excluído. Documentos escolhidos na Integração WhatsApp (Conta ou Credor) não podem ser excluídos.</>}
      confirmLabel="Excluir"
      onConfirm={async () => {
        const result = await deleteDocumentTemplate({ id });
        if (result.ok) {
          if (afterDelete) router.push(afterDelete);
          else router.refresh();
        }
        return result;
      }}
    />
  );
}

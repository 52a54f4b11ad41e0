"use client";
import { useRouter } from "next/navigation";
import { deleteWhatsappTemplate } from "@/app/(admin)/whatsapp/templates/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function DeleteTemplateButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Excluir"
      title={`Excluir o modelo ${name}?`}
      description="O modelo é excluído aqui e na Meta. Conversas já iniciadas com ele não são afetadas; o nome só poderá ser reutilizado depois que a Meta liberar."
      confirmLabel="Excluir modelo"
      onConfirm={async () => {
        const result = await deleteWhatsappTemplate({ id });
        if (result.ok) { router.push("/whatsapp/templates"); router.refresh(); }
        return result;
      }}
    />
  );
}

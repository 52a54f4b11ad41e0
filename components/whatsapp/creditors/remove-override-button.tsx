"use client";
import { useRouter } from "next/navigation";
import { removeCreditorOverride } from "@/app/(admin)/whatsapp/creditors/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function RemoveOverrideButton({ creditorId, name }: { creditorId: number; name: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Usar os da conta"
      title="Remover a configuração do credor?"
      description={<>O credor <strong>{name}</strong> passa a usar o termo de acordo e o demonstrativo de débito da aba Conta.</>}
      confirmLabel="Remover"
      onConfirm={async () => {
        const result = await removeCreditorOverride({ creditorId });
        if (result.ok) router.refresh();
        return result;
      }}
    />
  );
}

"use client";
import { useRouter } from "next/navigation";
import { setCreditorActive } from "@/app/(admin)/admin/creditors/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function CreditorActiveButton({ id, name, active }: { id: number; name: string; active: boolean }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label={active ? "Inativar" : "Ativar"}
      title={active ? "Inativar credor?" : "Ativar credor?"}
      description={active
        ? <>O credor <strong>{name}</strong> deixa de ser oferecido em novos registros; os existentes não mudam.</>
        : <>O credor <strong>{name}</strong> volta a ser oferecido em novos registros.</>}
      confirmLabel={active ? "Inativar" : "Ativar"}
      variant={active ? "danger" : "primary"}
      onConfirm={async () => {
        const result = await setCreditorActive({ id, active: !active });
        if (result.ok) router.refresh();
        return result;
      }}
    />
  );
}

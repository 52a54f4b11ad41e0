"use client";
import { useRouter } from "next/navigation";
import { deleteProcessConfig, setProcessConfigActive } from "@/app/(admin)/scheduler/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** Admin-only: activate/deactivate (activation re-checks the slot rules) and delete with its runs. */
export function ConfigRowActions({ id, description, active, afterDelete }: {
  id: number; description: string; active: boolean; /** Where to go once deleted (the detail page no longer exists). */ afterDelete?: string;
}) {
  const router = useRouter();
  return (
    <>
      <ConfirmButton
        label={active ? "Desativar" : "Ativar"}
        variant={active ? "danger" : "primary"}
        title={active ? "Desativar configuração?" : "Ativar configuração?"}
        description={active
          ? <>A configuração <strong>{description}</strong> deixa de executar nos próximos horários.</>
          : <>A configuração <strong>{description}</strong> volta a executar a partir do próximo horário (horários passados não são recuperados).</>}
        confirmLabel={active ? "Desativar" : "Ativar"}
        onConfirm={() => setProcessConfigActive({ id, active: !active })}
      />
      <ConfirmButton
        label="Excluir"
        title="Excluir configuração?"
        description={<>A configuração <strong>{description}</strong> e todo o seu histórico de execuções e LOG serão excluídos.</>}
        confirmLabel="Excluir"
        onConfirm={async () => {
          const result = await deleteProcessConfig({ id });
          if (result.ok && afterDelete) router.push(afterDelete);
          return result;
        }}
      />
    </>
  );
}

import type { Metadata } from "next";
import { CtiAgentForm } from "@/components/cti/manager/agent-form";
import { CtiOperationForm } from "@/components/cti/manager/operation-form";
import { CtiOperationsTable } from "@/components/cti/manager/operations-table";
import { StartCtiClientButton } from "@/components/cti/manager/start-client-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getPageContext } from "@/lib/core/request-context";
import { getCtiAgent, isAgentComplete } from "@/lib/cti/manager/get-agent";
import { listCtiOperations } from "@/lib/cti/manager/list-operations";

export const metadata: Metadata = { title: "Gerenciador CTI" };

export default async function CtiManagerPage() {
  const ctx = await getPageContext();
  const [agent, operations] = await Promise.all([getCtiAgent({ ctx }), listCtiOperations({ ctx })]);
  return (
    <>
      <PageHeader
        code="CTIFM001"
        title="Gerenciador CTI"
        description="Sua identidade no Smart CTI e as operações que o cliente CTI oferece durante as chamadas."
        actions={<StartCtiClientButton ready={isAgentComplete(agent)} />}
      />
      <div className="space-y-6">
        <Card title="Agente">
          <CtiAgentForm agent={{ agentLogin: agent?.agentLogin ?? "", extension: agent?.extension ?? "", groupId: agent?.groupId ?? "" }} />
        </Card>
        <section className="space-y-3">
          <div className="flex items-center justify-between">
            <div>
              <h2 className="text-sm font-semibold text-slate-800">Operações</h2>
              <p className="text-xs text-slate-500">As operações padrão podem ser apenas ativadas ou desativadas; as suas podem ser editadas e excluídas.</p>
            </div>
            <CtiOperationForm />
          </div>
          <CtiOperationsTable operations={operations} />
        </section>
      </div>
    </>
  );
}

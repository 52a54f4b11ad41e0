import type { Metadata } from "next";
import { NewApiKeyDialog } from "@/components/api-keys/new-api-key-dialog";
import { RevokeApiKeyButton } from "@/components/api-keys/revoke-api-key-button";
import { Badge, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { formatDateTime } from "@/lib/br/format";
import { getAdminPageContext } from "@/lib/core/request-context";

export const metadata: Metadata = { title: "Chaves da API de integração" };

export default async function ApiKeysPage() {
  const ctx = await getAdminPageContext();
  const rows = await listApiKeys({ ctx });
  const company = ctx.companies.find((c) => c.id === ctx.companyId);
  return (
    <>
      <PageHeader
        code="INTFM040"
        title="Chaves da API de integração"
        description={<>
          Chaves com que o ERP envia pessoas, títulos e pedidos da empresa {company?.name} para <code className="font-mono">/api/v1</code> (cabeçalho <code className="font-mono">Authorization: Bearer &lt;chave&gt;</code>).
          Documentação: <a className="text-brand-700 underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </>}
        actions={<NewApiKeyDialog />}
      />
      {rows.length === 0 ? (
        <EmptyState title="Nenhuma chave criada para esta empresa">Crie uma chave e configure-a no ERP para começar a integração.</EmptyState>
      ) : (
        <Table caption="Chaves da API">
          <thead>
            <tr><Th>Nome</Th><Th>Chave</Th><Th>Criada por</Th><Th>Criada em</Th><Th>Último uso</Th><Th>Situação</Th><Th className="text-right">Ações</Th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((key) => (
              <Tr key={key.id}>
                <Td>{key.name}</Td>
                <Td className="font-mono text-xs">{key.prefix}…</Td>
                <Td>{key.createdBy ?? "—"}</Td>
                <Td>{formatDateTime(key.createdAt)}</Td>
                <Td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "Nunca usada"}</Td>
                <Td>{key.revokedAt ? <Badge>Revogada em {formatDateTime(key.revokedAt)}</Badge> : <Badge tone="green">Ativa</Badge>}</Td>
                <Td className="text-right">{!key.revokedAt && <RevokeApiKeyButton id={key.id} name={key.name} />}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { AutoRefresh } from "@/components/whatsapp/templates/auto-refresh";
import { SyncTemplatesButton } from "@/components/whatsapp/templates/sync-button";
import { TemplateStatusBadge } from "@/components/whatsapp/templates/template-status-badge";
import { formatDateTime } from "@/lib/br/format";
import { getAdminPageContext } from "@/lib/core/request-context";
import { CATEGORY_LABELS, templateListSchema } from "@/lib/whatsapp/templates/schemas";
import { TEMPLATE_STATUS_LABELS } from "@/lib/whatsapp/templates/labels";
import { listTemplates, TEMPLATES_PAGE_SIZE } from "@/lib/whatsapp/templates/list-templates";

export const metadata: Metadata = { title: "WPPFM002 · Modelos de início de chat" };

export default async function WhatsappTemplatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getAdminPageContext();
  const params = templateListSchema.parse(await searchParams);
  const { apiMode, configured, total, items } = await listTemplates({ ctx, input: params });
  if (apiMode !== "official") {
    return (
      <Card title="Modelos de início de chat">
        <EmptyState title="Só para a API oficial">
          Esta aba só é necessária para quem utiliza a API oficial da Meta. A conta está configurada para a API não oficial (PlugMessage):
          altere em <Link className="text-brand-700 underline" href="/whatsapp/settings">Configurações</Link>.
        </EmptyState>
      </Card>
    );
  }
  return (
    <Card
      title="Modelos de início de chat"
      actions={configured ? <div className="flex items-center gap-2"><SyncTemplatesButton /><Link className={buttonClass()} href="/whatsapp/templates/new">+Novo</Link></div> : undefined}
    >
      <AutoRefresh active={items.some((t) => t.status === "pending")} />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">
        As conversas só podem ser iniciadas com modelos aprovados pela Meta. Depois da aprovação, associe cada coringa a um campo;
        só modelos aprovados e associados aparecem em “Iniciar conversa”. Se o devedor não responder, um novo modelo só pode ser enviado a ele depois de 24 h.
      </p>
      {!configured ? (
        <EmptyState title="API oficial não configurada">
          Informe a WABA, o número e o token em <Link className="text-brand-700 underline" href="/whatsapp/settings">Configurações</Link> para criar modelos.
        </EmptyState>
      ) : (
        <>
          <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
            <label className="text-sm">
              <span className="block font-medium text-slate-700">Nome</span>
              <input name="q" defaultValue={params.q} className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
            </label>
            <label className="text-sm">
              <span className="block font-medium text-slate-700">Situação</span>
              <select name="status" defaultValue={params.status ?? ""} className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm">
                <option value="">Todas</option>
                {Object.entries(TEMPLATE_STATUS_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
              </select>
            </label>
            <button className={buttonClass("secondary")} type="submit">Filtrar</button>
          </form>
          {items.length === 0 ? (
            <EmptyState title={params.q || params.status ? "Nenhum modelo com esses filtros" : "Nenhum modelo cadastrado"}>
              Crie um modelo pelo botão “+Novo” ou importe os criados na Meta com “Sincronizar”.
            </EmptyState>
          ) : (
            <>
              <Table caption="Modelos de início de chat">
                <thead><tr><Th>Nome</Th><Th>Categoria</Th><Th>Situação</Th><Th>Coringas</Th><Th>Atualizado em</Th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {items.map((t) => (
                    <Tr key={t.id}>
                      <Td>
                        <Link className="font-mono font-medium text-brand-700 hover:underline" href={`/whatsapp/templates/${t.id}`}>{t.name}</Link>
                        <span className="block max-w-md truncate text-xs text-slate-500">{t.body}</span>
                      </Td>
                      <Td>{CATEGORY_LABELS[t.category]}</Td>
                      <Td>
                        <TemplateStatusBadge status={t.status} />
                        {t.status === "rejected" && t.rejectionReason && <span className="block text-xs text-red-700">{t.rejectionReason}</span>}
                      </Td>
                      <Td>{t.variables === 0 ? "Nenhum" : t.status !== "approved" ? `${t.variables}` : t.mapped ? `${t.variables} associado(s)` : <span className="text-amber-700">Associar</span>}</Td>
                      <Td className="whitespace-nowrap">{formatDateTime(t.updatedAt)}</Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
              <Pagination page={params.page} pageSize={TEMPLATES_PAGE_SIZE} total={total} params={{ q: params.q, status: params.status }} basePath="/whatsapp/templates" />
            </>
          )}
        </>
      )}
    </Card>
  );
}

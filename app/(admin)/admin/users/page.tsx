import type { Metadata } from "next";
import { UserActiveButton } from "@/components/admin/user-active-button";
import { UserForm } from "@/components/admin/user-form";
import { UserPasswordForm } from "@/components/admin/user-password-form";
import { Badge, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { grantedCompanyIds } from "@/lib/core/ctx";
import { getAdminPageContext } from "@/lib/core/request-context";
import { listUsers } from "@/lib/users/list-users";
import { ROLE_LABELS } from "@/lib/users/schemas";

export const metadata: Metadata = { title: "Usuários" };

export default async function UsersPage() {
  const ctx = await getAdminPageContext();
  const rows = await listUsers({ ctx });
  // Granted companies that are active: the only ones the form offers.
  const active = new Set(grantedCompanyIds(ctx));
  return (
    <>
      <PageHeader
        code="ADMFM002"
        title="Usuários"
        description="Quem entra no Recado, com qual perfil e em quais empresas. Você administra os usuários das suas empresas e concede apenas empresas às quais tem acesso."
        actions={<UserForm companies={ctx.companies} />}
      />
      {rows.length === 0 ? (
        <EmptyState title="Nenhum usuário cadastrado">Cadastre o primeiro usuário.</EmptyState>
      ) : (
        <Table caption="Usuários">
          <thead><tr><Th>Nome</Th><Th>E-mail</Th><Th>Perfil</Th><Th>Empresas</Th><Th>Situação</Th><Th className="text-right">Ações</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((u) => {
              const self = u.id === ctx.user.id;
              return (
                <Tr key={u.id}>
                  <Td>{u.name}{self && <span className="ml-2"><Badge tone="blue">você</Badge></span>}</Td>
                  <Td>{u.email}</Td>
                  <Td>{u.role === "admin" ? <Badge tone="amber">{ROLE_LABELS.admin}</Badge> : ROLE_LABELS.operator}</Td>
                  <Td className="font-mono text-xs">{u.companies.map((c) => c.code).join(", ") || "—"}</Td>
                  <Td>{u.active ? <Badge tone="green">Ativo</Badge> : <Badge>Inativo</Badge>}</Td>
                  <Td className="space-x-2 whitespace-nowrap text-right">
                    {u.manageable ? (
                      <>
                        <UserForm
                          user={{ id: u.id, name: u.name, email: u.email, role: u.role, companyIds: u.companies.filter((c) => active.has(c.id)).map((c) => c.id) }}
                          companies={ctx.companies}
                          inactiveCompanyCodes={u.companies.filter((c) => !active.has(c.id)).map((c) => c.code)}
                        />
                        <UserPasswordForm id={u.id} name={u.name} />
                        {!self && <UserActiveButton id={u.id} name={u.name} active={u.active} />}
                      </>
                    ) : (
                      <span className="text-xs text-slate-500" title="Tem acesso a empresas que você não administra.">Gerido por outro administrador</span>
                    )}
                  </Td>
                </Tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}

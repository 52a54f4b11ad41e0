import type { Metadata } from "next";
import { AccountTabForm } from "@/components/whatsapp/account/account-tab-form";
import { Card } from "@/components/ui/card";
import { getAdminPageContext } from "@/lib/core/request-context";
import { getAccountTab } from "@/lib/whatsapp/account-tab/get-account-tab";

export const metadata: Metadata = { title: "WPPFM001 · Integração WhatsApp · Conta" };

export default async function WhatsappAccountTabPage() {
  const ctx = await getAdminPageContext();
  const view = await getAccountTab({ ctx });
  return (
    <Card title="Configurações por conta">
      <p className="mb-4 text-sm text-slate-600">
        Termo de acordo e demonstrativo de débito usados nas conversas do WhatsApp, quem os assina e quem recebe as conversas não atendidas.
      </p>
      <AccountTabForm view={view} />
    </Card>
  );
}

import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { WhatsappTabs } from "@/components/whatsapp/whatsapp-tabs";

/** "Integração WhatsApp" (seed 002): every tab is its own page under this header; each page checks the admin role. */
export default function WhatsappLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader
        code="WPPFM001"
        title="Integração WhatsApp"
        description="Conta, credores, mensagens do chat bot, API oficial ou não oficial, menu e modelos de início de chat da empresa logada."
      />
      <WhatsappTabs />
      {children}
    </>
  );
}

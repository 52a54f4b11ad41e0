import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { TemplateForm } from "@/components/whatsapp/templates/template-form";
import { getAdminPageContext } from "@/lib/core/request-context";

export const metadata: Metadata = { title: "WPPFM002 · Novo modelo de início de chat" };

export default async function NewWhatsappTemplatePage() {
  await getAdminPageContext();
  return (
    <Card title="Novo modelo de início de chat">
      <TemplateForm mode="create" />
    </Card>
  );
}

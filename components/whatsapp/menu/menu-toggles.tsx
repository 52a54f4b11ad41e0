"use client";
import { useState } from "react";
import { setInteractiveMenu, setVirtualAssistant } from "@/app/(admin)/whatsapp/menu/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/field";
import type { WhatsappApiMode } from "@/db/schema/whatsapp";
import { ONE_ACTIVE_OPTION } from "@/lib/whatsapp/menu/messages";
import { MenuSwitch } from "./menu-switch";
import { useMenuAction } from "./use-menu-action";

const ASSISTANT_OFF_EFFECT =
  "Com o assistente desligado, o sistema envia a mensagem de Boas-vindas e, em seguida, a de Transferência para o operador, " +
  "e a conversa vai direto para o atendimento de um operador. O devedor não é identificado: a conversa não fica atrelada a " +
  "um devedor e o operador não poderá enviar documentos personalizados do sistema pela tela de WhatsApp.";

/** "Menu interativo" and "Assistente virtual" (seed 002); switching the assistant off asks first, since it stops identifying debtors. */
export function MenuToggles({ apiMode, interactiveMenu, virtualAssistant }: {
  apiMode: WhatsappApiMode; interactiveMenu: boolean; virtualAssistant: boolean;
}) {
  const interactive = useMenuAction();
  const assistant = useMenuAction();
  const [confirmOff, setConfirmOff] = useState(false);
  const unofficial = apiMode === "unofficial";
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <MenuSwitch
          label="Menu interativo" checked={interactiveMenu} disabled={interactive.pending}
          onToggle={(enabled) => interactive.run(() => setInteractiveMenu({ enabled }))}
        >
          Ligado, o menu chega como uma mensagem de lista com o botão &quot;Ver opções&quot;; desligado, como texto simples numerado
          (o devedor responde com o número da opção).
          {unofficial && <strong className="mt-1 block font-medium text-amber-800">Indisponível na API não oficial (PlugMessage): o menu é enviado como texto simples.</strong>}
        </MenuSwitch>
        <FormError message={interactive.error} />
      </div>
      <div className="space-y-2">
        <MenuSwitch
          label="Assistente virtual" checked={virtualAssistant} disabled={assistant.pending}
          onToggle={(enabled) => (enabled ? assistant.run(() => setVirtualAssistant({ enabled })) : setConfirmOff(true))}
        >
          O chat bot atende quem escreve para o seu número, identifica o devedor e oferece as opções ativas do menu. {ONE_ACTIVE_OPTION}
          {!virtualAssistant && <span role="note" className="mt-2 block rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">{ASSISTANT_OFF_EFFECT}</span>}
        </MenuSwitch>
        <FormError message={assistant.error} />
      </div>
      <Dialog open={confirmOff} onOpenChange={setConfirmOff} title="Desligar o assistente virtual?" description={ASSISTANT_OFF_EFFECT}>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setConfirmOff(false)}>Cancelar</Button>
          <Button
            type="button" variant="danger" busy={assistant.pending}
            onClick={() => { setConfirmOff(false); assistant.run(() => setVirtualAssistant({ enabled: false })); }}
          >
            Desligar assistente
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

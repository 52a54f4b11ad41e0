"use client";
import { moveMenuOption } from "@/app/(admin)/whatsapp/menu/actions";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { FormError } from "@/components/ui/field";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { MenuOptionRow } from "@/lib/whatsapp/menu/get-menu-config";
import { EditMenuOptionDialog } from "./edit-menu-option-dialog";
import { useMenuAction } from "./use-menu-action";

/** The options in the order the debtor sees them, with the arrows that swap neighbours and "Editar". */
export function MenuOptionsTable({ options }: { options: MenuOptionRow[] }) {
  const { run, pending, error } = useMenuAction();
  const move = (id: number, direction: "up" | "down") => run(() => moveMenuOption({ id, direction }));
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <Table caption="Opções do menu do assistente virtual">
        <thead>
          <tr><Th>Posição</Th><Th>Descrição</Th><Th>Situação</Th><Th>Ordem</Th><Th className="text-right">Ações</Th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100" aria-busy={pending || undefined}>
          {options.map((o, i) => (
            <Tr key={o.id}>
              <Td className="w-20 tabular-nums">{i + 1}</Td>
              <Td className={o.active ? "font-medium" : "text-slate-500"}>{o.label}</Td>
              <Td>{o.active ? <Badge tone="green">Ativo</Badge> : <Badge>Inativo</Badge>}</Td>
              <Td>
                <div className="flex gap-1">
                  <Button type="button" variant="ghost" size="sm" disabled={i === 0 || pending} onClick={() => move(o.id, "up")} aria-label={`Mover para cima ${o.label}`}>
                    <span aria-hidden>↑</span>
                  </Button>
                  <Button type="button" variant="ghost" size="sm" disabled={i === options.length - 1 || pending} onClick={() => move(o.id, "down")} aria-label={`Mover para baixo ${o.label}`}>
                    <span aria-hidden>↓</span>
                  </Button>
                </div>
              </Td>
              <Td className="text-right">
                <EditMenuOptionDialog option={{ id: o.id, label: o.label, active: o.active }} />
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

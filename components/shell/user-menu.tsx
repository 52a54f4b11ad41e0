"use client";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { logout } from "@/app/(admin)/actions";

export function UserMenu({ user }: { user: { name: string; email: string; role: "admin" | "operator" } }) {
  const initials = user.name.split(" ").map((p) => p[0]).slice(0, 2).join("").toUpperCase();
  return (
    <Menu.Root>
      <Menu.Trigger className="flex items-center gap-2 rounded-md px-2 py-1 hover:bg-slate-100" aria-label={`Menu do usuário ${user.name}`}>
        <span className="flex size-7 items-center justify-center rounded-full bg-slate-800 text-xs font-semibold text-white">{initials}</span>
        <span className="hidden text-sm text-slate-700 lg:block">{user.name}</span>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg">
          <div className="px-2 py-1.5">
            <p className="font-medium">{user.name}</p>
            <p className="text-xs text-slate-500">{user.email}</p>
            <p className="mt-1 text-xs text-slate-500">Perfil: {user.role === "admin" ? "Administrador" : "Operador"}</p>
          </div>
          <Menu.Separator className="my-1 h-px bg-slate-100" />
          <Menu.Item asChild>
            <button type="button" onClick={() => logout()} className="w-full rounded px-2 py-1.5 text-left outline-none data-[highlighted]:bg-slate-100">
              Sair
            </button>
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

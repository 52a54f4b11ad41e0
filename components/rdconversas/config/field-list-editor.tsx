"use client";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { fieldsForGroup } from "@/lib/rdconversas/fields";
import type { MessageTypeGroup } from "@/lib/rdconversas/message-types";

/** The ordered fields that fill {{1}}, {{2}}...: add, change, remove and reorder. */
export function FieldListEditor({ value, onChange, group, labelledBy }: {
  value: string[]; onChange: (fields: string[]) => void; group: MessageTypeGroup; labelledBy: string;
}) {
  const choices = fieldsForGroup(group);
  const move = (from: number, to: number) => {
    const next = [...value];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next);
  };
  return (
    <div className="space-y-2" role="group" aria-labelledby={labelledBy}>
      {value.length === 0 && <p className="text-sm text-slate-500">Nenhum campo na lista.</p>}
      <ol className="space-y-2">
        {value.map((code, index) => (
          <li key={index} className="flex items-center gap-2">
            <span className="w-12 shrink-0 font-mono text-xs font-semibold text-brand-700">{`{{${index + 1}}}`}</span>
            <Select
              aria-label={`Campo da variável ${index + 1}`}
              value={code}
              onChange={(e) => onChange(value.map((c, i) => (i === index ? e.target.value : c)))}
            >
              {!choices.some((f) => f.code === code) && <option value={code}>{code} (não permitido neste tipo)</option>}
              {choices.map((f) => <option key={f.code} value={f.code}>{f.label}</option>)}
            </Select>
            <Button type="button" variant="ghost" size="sm" aria-label={`Mover {{${index + 1}}} para cima`} disabled={index === 0} onClick={() => move(index, index - 1)}>↑</Button>
            <Button type="button" variant="ghost" size="sm" aria-label={`Mover {{${index + 1}}} para baixo`} disabled={index === value.length - 1} onClick={() => move(index, index + 1)}>↓</Button>
            <Button type="button" variant="ghost" size="sm" aria-label={`Remover {{${index + 1}}}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>✕</Button>
          </li>
        ))}
      </ol>
      <Select
        aria-label="Adicionar campo"
        value=""
        onChange={(e) => { if (e.target.value) onChange([...value, e.target.value]); }}
      >
        <option value="">+ Adicionar campo…</option>
        {choices.map((f) => <option key={f.code} value={f.code}>{f.label}</option>)}
      </Select>
    </div>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { saveMenuOption } from "@/app/(admin)/whatsapp/menu/actions";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { FormDialog, FormDialogTrigger, useDialogForm } from "@/components/ui/form-dialog";
import { saveMenuOptionSchema, type SaveMenuOptionInput } from "@/lib/whatsapp/menu/schemas";

/** "Editar" of one option: its description and "Ativo" (unticked, the option leaves the menu). */
export function EditMenuOptionDialog({ option }: { option: SaveMenuOptionInput }) {
  const router = useRouter();
  const save = async (values: SaveMenuOptionInput) => {
    const result = await saveMenuOption(values);
    if (result.ok) router.refresh();
    return result;
  };
  const { form, open, onOpenChange, onSubmit } = useDialogForm(saveMenuOptionSchema, option, save, false);
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <FormDialog
      title={`Editar opção do menu: ${option.label}`}
      trigger={<FormDialogTrigger editing newLabel="" aria-label={`Editar ${option.label}`} />}
      open={open} onOpenChange={onOpenChange} onSubmit={onSubmit} error={errors.root?.server?.message} submitting={isSubmitting}
    >
      <Field label="Descrição" error={errors.label?.message} hint="De 2 a 60 caracteres, como o devedor verá no menu.">
        {(p) => <Input {...p} {...register("label")} maxLength={60} autoFocus />}
      </Field>
      <div>
        <Checkbox label="Ativo" {...register("active")} />
        {errors.active?.message && <p className="mt-1 text-sm text-red-600">{errors.active.message}</p>}
      </div>
    </FormDialog>
  );
}

"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { applyServerResult } from "@/components/ui/use-server-form";
import type { ActionResult } from "@/lib/core/action";

/** A full-page create form: shared zod schema on the client, the action's refusals on the fields, then off to `destination`. */
export function useCrmForm<T extends FieldValues, R>(
  schema: z.ZodType<T, FieldValues>, initial: T, save: (values: T) => Promise<ActionResult<R>>, destination: (data: R) => string,
) {
  const router = useRouter();
  const form = useForm<T>({ resolver: zodResolver(schema) as unknown as Resolver<T>, defaultValues: initial as DefaultValues<T> });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await save(values);
    if (applyServerResult(form, result) && result.ok) router.push(destination(result.data));
  });
  return { form, onSubmit };
}

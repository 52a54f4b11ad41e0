"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { loginSchema } from "@/lib/auth/schemas";
import { MAX_FAILURES, WINDOW_MINUTES } from "@/lib/auth/throttle";

export type LoginState = { error?: string; email?: string };

/** Keeps only path and query of the callback, which also blocks open redirects. */
function safeCallback(raw: FormDataEntryValue | null): string {
  try {
    const url = new URL(String(raw ?? "/"), "http://x");
    const target = url.pathname + url.search;
    return target.startsWith("/login") ? "/" : target;
  } catch {
    return "/";
  }
}

export async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  const parsed = loginSchema.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(form.get("callbackUrl")) });
    return {};
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      if ((error as { code?: string }).code === "throttled") {
        return {
          email,
          error: `Muitas tentativas sem sucesso (${MAX_FAILURES} em ${WINDOW_MINUTES} minutos). Aguarde alguns minutos e tente novamente.`,
        };
      }
      return { email, error: "E-mail ou senha incorretos." };
    }
    throw error; // success is a NEXT_REDIRECT
  }
}

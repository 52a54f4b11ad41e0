import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { loginSchema } from "@/lib/auth/schemas";
import { systemClock } from "@/lib/core/clock";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "admin" | "operator" } & DefaultSession["user"];
    /** When this session signed in (ms) and its id: both survive token refreshes, so the server can revoke it. */
    signedInAt: number;
    sessionId: string;
  }
}

class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "local";
}

export const {
  handlers: { GET, POST },
  auth,
  signIn,
  signOut,
} = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    error(error) {
      // Wrong passwords are expected; anything else deserves a stack.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(getDb(), { ...parsed.data, address: clientAddress(request) }, systemClock);
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignin();
          return null;
        }
        return { id: String(result.user.id), name: result.user.name, email: result.user.email, role: result.user.role };
      },
    }),
  ],
  callbacks: {
    authorized: ({ auth: session }) => Boolean(session?.user),
    jwt({ token, user }) {
      if (user) {
        token.role = (user as { role?: string }).role;
        token.signedInAt = Date.now();
        token.sessionId = randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      session.signedInAt = Number(token.signedInAt ?? 0);
      session.sessionId = String(token.sessionId ?? "");
      session.user.id = token.sub ?? "";
      session.user.role = (token.role as "admin" | "operator") ?? "operator";
      return session;
    },
  },
});

import "server-only";
import { cache } from "react";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { hasSessionCookie } from "@/lib/core/session-cookie";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Actor } from "./actor";
import { actorFromToken } from "./accounts/api-tokens";
import { signIn } from "./accounts/sign-in";
import { db } from "./db";
import { AppError } from "./errors";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The client address for throttling, as the server put it in X-Forwarded-For (see clientAddress). */
function addressOf(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "unknown";
}

export const authOptions: NextAuthOptions = {
  // Signed JWT sessions that expire; the role in them is re-checked against the database on use.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "e-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          return await signIn({ input: credentials, address: addressOf(request?.headers) });
        } catch (error) {
          // next-auth passes an Error's message to the sign-in page as ?error=…
          if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") throw new Error("throttled");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Signing in stamps the time; refreshes keep it, so a session lasts 8 hours from sign-in
      // however often next-auth re-issues the cookie.
      if (user) {
        token.uid = user.id;
        token.authTime = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      (session as { authTime?: number }).authTime = token.authTime as number | undefined;
      return session;
    },
  },
};

/**
 * Who is making this request: a Bearer API token (scripts), else the signed-in session, else
 * anonymous. The role and the account's state come from the database every time, so a demoted or
 * disabled user loses access at once, not when the session expires.
 */
export async function currentActor(request?: Request): Promise<Actor> {
  const authorization = request?.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match ? await actorFromToken(match[1]!) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", "The API token is invalid, expired or revoked.");
    return actor;
  }
  return sessionActor();
}

// Once per request: the layout and the page both ask who is signed in. Outside a React render
// (route handlers, tests) cache() simply calls through.
const sessionActor = cache(async (): Promise<Actor> => {
  // Most requests are visitors': without the cookie next-auth could only say "no session".
  if (!hasSessionCookie((await cookies()).getAll().map((c) => c.name))) return { kind: "anonymous" };
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  const authTime = (session as { authTime?: number } | null)?.authTime;
  if (!id || !authTime || Date.now() / 1000 - authTime > SESSION_MAX_AGE_SECONDS) return { kind: "anonymous" };
  const user = await db.user.findUnique({ where: { id }, select: { id: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt) return { kind: "anonymous" };
  return { kind: "user", id: user.id, role: user.role };
});

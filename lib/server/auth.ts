import "server-only";
import { cache } from "react";
import type { NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { hasSessionCookie } from "@/lib/web/session-cookie";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Actor } from "./actor";
import { actorFromToken } from "./accounts/api-tokens";
import { endSession, SESSION_MAX_AGE_SECONDS, sessionUser, startSession } from "./accounts/sessions";
import { signIn } from "./accounts/sign-in";
import { clientAddress } from "@/lib/web/client-address";
import { proxyTrust } from "./env";
import { AppError } from "./errors";

/** The client address for throttling, from X-Forwarded-For as far as the trusted proxies go (see clientAddress). */
export function addressOf(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return clientAddress(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, proxyTrust().trustedProxyHops);
}

export const authOptions: NextAuthOptions = {
  // Signed JWT sessions that expire. Each names a Session row, checked on every request with the
  // user's role and state, so signing out ends the session on the server, not only in the browser.
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
    async jwt({ token, user }) {
      // Signing in starts a session and stamps the time; refreshes keep both, so a session lasts
      // 8 hours from sign-in however often next-auth re-issues the cookie. (next-auth's own `jti`
      // changes at every re-issue, so the session has an id of its own, `sid`.)
      if (user) {
        token.uid = user.id;
        token.authTime = Math.floor(Date.now() / 1000);
        token.sid = await startSession({ userId: user.id });
      }
      return token;
    },
    session({ session, token }) {
      // The session id stays in the encrypted cookie: /api/auth/session shows it to no script.
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      (session as { authTime?: number }).authTime = token.authTime as number | undefined;
      return session;
    },
  },
  events: {
    // next-auth then clears the cookie; ending the session here makes a copy of it useless too.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
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

const ANONYMOUS = { actor: { kind: "anonymous" }, sessionId: null } as const satisfies { actor: Actor; sessionId: null };

// Once per request: the layout and the page both ask who is signed in. Outside a React render
// (route handlers, tests) cache() simply calls through.
const requestSession = cache(async (): Promise<{ actor: Actor; sessionId: string | null }> => {
  const jar = await cookies();
  // Most requests are visitors': without the cookie there is no session to decode or look up, and
  // the database is not asked.
  if (!hasSessionCookie(jar.getAll().map((c) => c.name))) return ANONYMOUS;
  // Decoded, not asked of getServerSession, which would build the session's public view (and a
  // cookie a render cannot set) only for us to read three claims.
  const token = await getToken({ req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"], secret: authOptions.secret });
  const { uid, sid, authTime } = (token ?? {}) as { uid?: unknown; sid?: unknown; authTime?: unknown };
  if (typeof uid !== "string" || typeof sid !== "string" || typeof authTime !== "number") return ANONYMOUS;
  const now = new Date();
  if (now.getTime() / 1000 - authTime > SESSION_MAX_AGE_SECONDS) return ANONYMOUS;
  const user = await sessionUser({ sessionId: sid, userId: uid, now });
  if (!user) return ANONYMOUS;
  return { actor: { kind: "user", id: user.id, role: user.role, timeZone: user.timeZone }, sessionId: sid };
});

async function sessionActor(): Promise<Actor> {
  return (await requestSession()).actor;
}

/** The id of the session making this request (null without one): "sign out everywhere else" keeps it. */
export async function currentSessionId(): Promise<string | null> {
  return (await requestSession()).sessionId;
}

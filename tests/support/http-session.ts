/**
 * Signing in and out over HTTP the way a browser does it with next-auth: a CSRF token (and its
 * cookie) first, then the form post. For tests against a running tracker.
 */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Signs in and returns the session cookie (`name=value`). */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Signing in as ${email} gave no session cookie (status ${response.status}).`);
  return session;
}

/** Signs out with this session cookie; returns the answer's status and Set-Cookie lines. */
export async function signOutOverHttp(base: string, session: string): Promise<{ status: number; setCookies: string[] }> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: session } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [session, ...cookiesOf(csrf)].join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  return { status: response.status, setCookies: response.headers.getSetCookie() };
}

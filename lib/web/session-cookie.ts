/**
 * Whether a request carries next-auth's session cookie: `next-auth.session-token`, with the
 * `__Secure-` prefix next-auth uses over https, whole or in the chunks it splits a large token
 * into (`….session-token.0`, `.1`, …). Without one, next-auth can only answer "no session", so the
 * server skips asking it (the question costs a JWT setup and a CSRF token on every anonymous
 * request).
 */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

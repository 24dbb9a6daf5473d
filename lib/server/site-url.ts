import "server-only";

/**
 * The site's public origin for absolute links (feeds, examples): NEXTAUTH_URL when it is set,
 * else the host the request came to (a proxy's X-Forwarded-Host/-Proto first). No trailing slash.
 */
export function siteOrigin(request?: Request | { headers: Headers }): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // An invalid NEXTAUTH_URL is reported at start-up (lib/server/env.ts); fall back to the request.
    }
  }
  const headers = request?.headers;
  const host = headers?.get("x-forwarded-host")?.split(",")[0]?.trim() || headers?.get("host");
  if (!host) return request && "url" in request ? new URL(request.url).origin : "http://localhost:3000";
  const proto = headers?.get("x-forwarded-proto")?.split(",")[0]?.trim() || (request && "url" in request ? new URL(request.url).protocol.replace(":", "") : "http");
  return `${proto}://${host}`;
}

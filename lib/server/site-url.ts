import "server-only";

import { requestHosts } from "@/lib/web/client-address";
import { proxyTrust } from "./env";

/**
 * The site's public origin for absolute links (feeds, examples): NEXTAUTH_URL when it is set,
 * else the host the request came to (behind a trusted proxy, the host and scheme it forwarded;
 * a client's own X-Forwarded-* headers are not believed). No trailing slash.
 */
export function siteOrigin(request?: Request | { headers: Headers }): string {
  const trust = proxyTrust();
  if (trust.publicUrl) {
    try {
      return new URL(trust.publicUrl).origin;
    } catch {
      // An invalid NEXTAUTH_URL is reported at start-up (lib/server/env.ts); fall back to the request.
    }
  }
  const headers = request?.headers;
  const requestUrl = request && "url" in request ? new URL(request.url) : undefined;
  // Behind a proxy the forwarded host is the last of requestHosts; without one, Host is the only one.
  const host = headers ? requestHosts(headers, trust).at(-1) : undefined;
  if (!host) return requestUrl?.origin ?? "http://localhost:3000";
  const forwardedProto = trust.trustedProxyHops > 0 ? headers?.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const proto = forwardedProto || requestUrl?.protocol.replace(":", "") || "http";
  return `${proto}://${host}`;
}

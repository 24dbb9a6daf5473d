/**
 * Who sent a request, as far as the deployment lets us know it. A client can send any
 * X-Forwarded-For or X-Forwarded-Host it likes, and `next start` passes them through untouched
 * (it fills X-Forwarded-For with the socket's address, and X-Forwarded-Host with Host, only when
 * the client sent none). So these headers are believed only as far as the proxies the deployment
 * says it runs behind (TRUSTED_PROXY_HOPS; docs/decisions/026-trusting-proxies.md).
 */

const entries = (header: string | null | undefined) => (header ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/**
 * The client's address, for throttling sign-in per address. Behind N trusted proxies it is the
 * entry the outermost of them appended (each proxy appends the address it received the request
 * from), N places from the end. With none, it is the last entry: the socket's address that Next
 * filled in, unless the client sent the header itself, which no server behind `next start` can tell.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxyHops: number): string {
  const chain = entries(forwardedFor);
  if (chain.length === 0) return "unknown";
  const address = trustedProxyHops <= 0 ? chain[chain.length - 1]! : (chain[chain.length - trustedProxyHops] ?? chain[0]!);
  // An address is at most 45 characters (IPv6 with IPv4); a forged entry is not stored whole.
  return address.slice(0, 64);
}

/**
 * The hosts a request may claim to be for, in `host[:port]` form: its Host header (a browser
 * sets it to the site it is talking to), the public URL's host when one is configured, and behind
 * trusted proxies the host the outermost one forwarded. A client's own X-Forwarded-Host counts
 * only behind a proxy.
 */
export function requestHosts(headers: Headers, { trustedProxyHops, publicUrl }: { trustedProxyHops: number; publicUrl?: string | undefined }): string[] {
  const hosts = new Set<string>();
  const host = headers.get("host")?.trim();
  if (host) hosts.add(host.toLowerCase());
  if (publicUrl) {
    try {
      hosts.add(new URL(publicUrl).host.toLowerCase());
    } catch {
      // An invalid NEXTAUTH_URL is reported at start-up (lib/server/env.ts).
    }
  }
  if (trustedProxyHops > 0) {
    const forwarded = entries(headers.get("x-forwarded-host"));
    const outermost = forwarded[forwarded.length - trustedProxyHops] ?? forwarded[0];
    if (outermost) hosts.add(outermost.toLowerCase());
  }
  return [...hosts];
}

/**
 * True when a browser's write comes from the tracker's own pages: its Origin (or, failing that,
 * Referer) names one of requestHosts. A request with neither is not from a page of ours.
 */
export function isSameOrigin(headers: Headers, trust: { trustedProxyHops: number; publicUrl?: string | undefined }): boolean {
  const origin = headers.get("origin") ?? headers.get("referer");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  return requestHosts(headers, trust).includes(originHost);
}

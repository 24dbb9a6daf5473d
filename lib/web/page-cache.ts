/**
 * Which requests and responses the visitors' page cache may keep (proxy.ts,
 * docs/decisions/024-caches-dropped-by-changes.md). Pure: the proxy gives it the request's parts.
 */

export type PageRequest = {
  method?: string;
  url?: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
};

// Requests of Next's client router (RSC payloads, prefetches) and server actions are not pages.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "purpose", "x-middleware-prefetch"];

/**
 * Whether a request may be answered from the cache: a GET of a page (not the API, not Next's
 * assets), from someone with no cookie and no credentials: a signed-in user's pages are their own.
 */
export function isCacheablePageRequest(request: PageRequest): boolean {
  if (request.method !== "GET" || !request.url) return false;
  const path = request.url.split("?")[0]!;
  if (path.startsWith("/api/") || path.startsWith("/_next/") || /\.[a-z0-9]+$/i.test(path)) return false;
  const { headers } = request;
  if (headers.cookie || headers.authorization) return false;
  if (/[?&]_rsc=/.test(request.url)) return false;
  return !ROUTER_HEADERS.some((name) => headers[name] !== undefined);
}

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : (value ?? ""));

/**
 * The key of a page: its address and host (absolute links) and the day (pages say "today"). Pages
 * are kept uncompressed; Next compresses each answer as the client asks.
 */
export function pageCacheKey(request: PageRequest, today: string): string {
  const { headers } = request;
  const host = ["host", "x-forwarded-host", "x-forwarded-proto"].map((name) => headerText(headers[name])).join(" ");
  return [request.url, host, today].join("\n");
}

/** Whether a response may be kept: a whole 200 page that sets no cookie. */
export function isKeepableResponse(status: number, headers: Readonly<Record<string, unknown>>): boolean {
  if (status !== 200) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const type = String(headers["content-type"] ?? "");
  return type.startsWith("text/html");
}

// Headers that describe one transfer, not the page: the kept body is whole and uncompressed.
const TRANSFER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);

/** A response's headers as kept with its page. */
export function keptHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) if (!TRANSFER_HEADERS.has(name.toLowerCase())) kept[name.toLowerCase()] = value;
  return kept;
}

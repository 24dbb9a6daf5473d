/**
 * The page cache for visitors who are not signed in (docs/decisions/017-page-cache.md).
 *
 * A page is kept under its address, the day, the encodings the client accepts and the database's
 * snapshot (`pg_current_snapshot()`): any transaction that commits anywhere changes the snapshot,
 * so a page is only ever served for exactly the committed data it was rendered from (or newer).
 * Nothing expires on a timer, and nothing can be stale.
 *
 * Pure: the server (scripts/lib/serve.ts) gives it the request and the snapshot.
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
  return !ROUTER_HEADERS.some((name) => headers[name] !== undefined);
}

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : (value ?? ""));

/**
 * The key of a page: its address and host (absolute links), the day (pages say "today"), the
 * encodings the client accepts (Next compresses), and the database snapshot.
 */
export function pageCacheKey(request: PageRequest, snapshot: string, today: string): string {
  const { headers } = request;
  const host = ["host", "x-forwarded-host", "x-forwarded-proto"].map((name) => headerText(headers[name])).join(" ");
  return [request.url, host, today, headerText(headers["accept-encoding"]), snapshot].join("\n");
}

export type CachedPage = { status: number; headers: Record<string, string | string[]>; body: Buffer };

/** Whether a response may be kept: a whole 200 page that sets no cookie. */
export function isKeepableResponse(status: number, headers: Readonly<Record<string, unknown>>): boolean {
  if (status !== 200) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const type = String(headers["content-type"] ?? "");
  return type.startsWith("text/html");
}

/**
 * The kept pages, least recently used first out, within a byte budget. A snapshot that moved on
 * leaves the old pages unreachable; they age out as new ones come in.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Most recently used last.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (page.body.length > this.maxBytes) return;
    const previous = this.pages.get(key);
    if (previous) {
      this.bytes -= previous.body.length;
      this.pages.delete(key);
    }
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= old.body.length;
    }
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }
}

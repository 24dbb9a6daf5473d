/**
 * Runs before every page (Next's proxy, in the server's own Node process): the Content Security
 * Policy with a fresh nonce for each rendered answer, and the visitors' page cache
 * (docs/decisions/024-caches-dropped-by-changes.md). Works the same under `npm start`,
 * `next start` and Next's standalone server: nothing here touches Node's response objects.
 */
import { NextResponse, type NextRequest } from "next/server";
import createLocaleRouting from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { toIsoDate } from "@/lib/core/dates";
import { contentSecurityPolicy, newNonce } from "@/lib/web/content-security-policy";
import { edgeRefusal } from "@/lib/web/edge-refusal";
import { isLocalizedAddress, pageLocaleHeaders } from "@/lib/web/locale-routing";
import { isCacheablePageRequest, isKeepableResponse, keptHeaders, pageCacheKey } from "@/lib/web/page-cache";
import { visitorPages, type KeptPage } from "@/lib/web/visitor-pages";

// The header of the proxy's own request for a page it will keep; its value is this process's secret.
const RENDER_HEADER = "x-tracker-render";
const TOKEN = Symbol.for("tracker.renderToken");
const renderToken = () => ((globalThis as { [TOKEN]?: string })[TOKEN] ??= `${newNonce()}${newNonce()}`);
// next-intl's routing: an address without a language is redirected to the visitor's (the cookie of
// an earlier choice, else Accept-Language, else English), and the choice is kept in a cookie.
const localeRouting = createLocaleRouting(routing);

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (request.headers.get(RENDER_HEADER) === renderToken()) return rendered(request);
  // A server action from elsewhere or too large (403, 413), an address with a NUL byte (400, 404).
  const refused = await edgeRefusal(request);
  if (refused) return refused;
  let routed: NextResponse | null = null;
  if (isLocalizedAddress(request.nextUrl.pathname)) {
    routed = localeRouting(request);
    if (routed.headers.has("location")) return routed;
  }
  return withLocaleRouting(await answer(request), routed);
}

/** The page, from the visitors' page cache when it can be, else rendered. */
async function answer(request: NextRequest): Promise<NextResponse> {
  const pages = visitorPages();
  const url = request.nextUrl.pathname + request.nextUrl.search;
  const headers = Object.fromEntries(request.headers);
  if (pages?.usable && isCacheablePageRequest({ method: request.method, url, headers })) {
    const answer = await pages.answer(pageCacheKey({ method: request.method, url, headers }, toIsoDate(new Date())), () => renderForKeeping(request, url));
    if (answer) {
      const response = new NextResponse(answer.page.body as BodyInit, { status: answer.page.status, headers: answer.page.headers });
      response.headers.set("x-tracker-page-cache", answer.cache);
      return response;
    }
  }
  return rendered(request);
}

/** What the language routing adds to a page's answer: the language cookie and the hreflang `Link` header. */
function withLocaleRouting(response: NextResponse, routed: NextResponse | null): NextResponse {
  if (!routed) return response;
  for (const cookie of routed.cookies.getAll()) response.cookies.set(cookie);
  const alternates = routed.headers.get("link");
  if (alternates) response.headers.set("link", alternates);
  return response;
}

/** Lets Next render the request, with a fresh nonce that its inline scripts carry. */
function rendered(request: NextRequest): NextResponse {
  // The API answers data: its policy (next.config.ts) lets nothing run, and it needs no nonce.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const policy = contentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.delete(RENDER_HEADER);
  // The page's language and its own address, from the address itself (never from the client).
  for (const [name, value] of pageLocaleHeaders(request.nextUrl.pathname, request.nextUrl.search)) headers.set(name, value);
  // Next reads the nonce from the request's policy and puts it on the scripts it writes.
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// The server itself, as Next's server records it (next start and the standalone server set PORT).
const ownOrigin = () => `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
const FORWARDED = ["accept", "accept-language", "user-agent", "x-forwarded-host", "x-forwarded-proto"];

/**
 * The page as Next renders it for a visitor, asked of this server over loopback, so that it can
 * be kept whole. Null if the server cannot be reached so (then it is rendered the ordinary way).
 */
async function renderForKeeping(request: NextRequest, url: string): Promise<KeptPage | null> {
  const headers = new Headers({ [RENDER_HEADER]: renderToken(), "accept-encoding": "identity" });
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  try {
    const response = await fetch(`${ownOrigin()}${url}`, { headers, redirect: "manual", cache: "no-store" });
    const body = new Uint8Array(await response.arrayBuffer());
    // A page that sets a cookie is its visitor's own, and a redirect (to sign in) is Next's to
    // make: both are rendered again for the visitor, the ordinary way.
    if (response.headers.getSetCookie().length > 0 || (response.status >= 300 && response.status < 400)) return null;
    const kept = keptHeaders(response.headers);
    return { status: response.status, headers: kept, body, keep: isKeepableResponse(response.status, kept) };
  } catch (error) {
    console.error(`[tracker] the page cache cannot reach ${ownOrigin()} (${(error as Error).message}); pages are rendered uncached`);
    return null;
  }
}

export const config = {
  // Every answer but Next's own static assets: pages get the policy here, the API its own
  // (next.config.ts), and both the edge checks (a NUL in an address, a refused server action).
  // Not imports: Next buffers the body of every request its proxy sees and cuts it at 10 MB
  // (experimental.proxyClientMaxBodySize, next/dist/server/body-streams.js), which would truncate
  // an uploaded file; the import answers JSON lines, which need no policy. Nor a document's
  // upload (POST /api/v1/{sources,cases,milestones}/{slug}/documents), for the same reason.
  matcher: ["/((?!_next/static|_next/image|api/v1/imports|api/v1/(?:sources|cases|milestones)/[^/]+/documents).*)"],
};

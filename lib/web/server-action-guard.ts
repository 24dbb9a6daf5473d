/**
 * Refusals made in proxy.ts, before Next's own handling would answer them as a 500: a server
 * action from a foreign Origin (403) or with a body over Next's limit (413), and an address with
 * a NUL character (U+0000), which no record has and PostgreSQL cannot look up (400 on the API,
 * 404 on pages). Pure: the proxy passes the request and what the deployment trusts.
 */
import { isSameOrigin } from "./client-address";

/** Next's own limit for a server action's body (next.config.ts sets no `serverActions.bodySizeLimit`). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

type Trust = { trustedProxyHops: number; publicUrl?: string | undefined };

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

/**
 * A POST that Next would hand to its server-action handler (as `getServerActionRequestMetadata`
 * in next/dist/server/lib/server-action-request-meta.js decides): one with a Next-Action header,
 * or a form post. Route handlers under /api are never server actions.
 */
export function isPossibleServerAction(request: Request): boolean {
  if (request.method !== "POST" || isApi(new URL(request.url).pathname)) return false;
  const type = request.headers.get("content-type") ?? "";
  return request.headers.has("next-action") || type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded";
}

const refusal = (status: 403 | 413, message: string) => new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * 403 for a server action whose Origin is not this site (Next aborts it with a 500), 413 for one
 * whose body is over the limit (Next's limit also answers 500); null to let Next handle it.
 * A body sent without a length is counted as it is read, up to the limit.
 */
export async function serverActionRefusal(request: Request, trust: Trust, limit = SERVER_ACTION_BODY_LIMIT): Promise<Response | null> {
  if (!isPossibleServerAction(request)) return null;
  if (!isSameOrigin(request.headers, trust)) {
    return refusal(403, "This form was not sent from the tracker's own pages (its Origin does not match), so nothing was saved.");
  }
  if (await bodyIsLargerThan(request, limit)) {
    return refusal(413, `This form sent more than ${limit / 1024 / 1024} MB, more than the tracker accepts, so nothing was saved.`);
  }
  return null;
}

async function bodyIsLargerThan(request: Request, limit: number): Promise<boolean> {
  const length = request.headers.get("content-length");
  if (length !== null && /^\d+$/.test(length)) return Number(length) > limit;
  if (!request.body) return false;
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) return true;
    }
    return false;
  } finally {
    await reader.cancel().catch(() => {});
  }
}

// The name each API path gives the segment after these: /api/v1/forums/{slug}, /api/v1/cases/{id}/annotations/{annotationId}.
const SEGMENT_NAMES: Record<string, string> = { forums: "slug", crimes: "slug", instruments: "slug", rules: "slug", annotations: "annotationId" };

/**
 * A refusal for an address with a NUL character (U+0000, written %00): 400 naming the path
 * parameter on the API, 404 on pages; null otherwise. Refused here, in one place, before any
 * page or route handler queries the database with it.
 */
export function nulPathRefusal(request: Request): Response | { notFound: true } | null {
  const { pathname } = new URL(request.url);
  if (!/%00/i.test(pathname)) return null;
  if (!isApi(pathname)) return { notFound: true };
  const segments = pathname.split("/");
  const at = segments.findIndex((s) => /%00/i.test(s));
  const parameter = at >= 4 ? (SEGMENT_NAMES[segments[at - 1]!] ?? "id") : "path";
  const message = `${parameter} contains a NUL character (U+0000), which no record has and the tracker cannot look up.`;
  return Response.json({ error: { code: "invalid_input", message, errors: [{ parameter, message }] } }, { status: 400 });
}

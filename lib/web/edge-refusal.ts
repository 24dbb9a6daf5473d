/**
 * What proxy.ts refuses before Next handles a request (lib/web/server-action-guard.ts says why),
 * as the response to send, or null to let the request through.
 */
import { NextResponse, type NextRequest } from "next/server";
import { proxyTrust } from "@/lib/server/env";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";
import { nulPathRefusal, serverActionRefusal } from "./server-action-guard";

export async function edgeRefusal(request: NextRequest): Promise<NextResponse | null> {
  const nul = nulPathRefusal(request);
  if (nul && "notFound" in nul) return notFoundPage(request);
  const refused = nul ?? (await serverActionRefusal(request, proxyTrust()));
  return refused && new NextResponse(refused.body, { status: refused.status, headers: refused.headers });
}

/**
 * The site's not-found page (404) under its Content Security Policy, as proxy.ts renders any page:
 * a path under "_" is never a route of the App Router.
 */
function notFoundPage(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.rewrite(new URL("/_nul-in-address", request.url), { request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

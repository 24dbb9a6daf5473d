import "server-only";
import { requireRole, type Actor } from "./actor";
import { currentActor } from "./auth";
import { assertSameOrigin } from "./http";
import { jsonBody } from "./request-body";

/**
 * Who is writing through the API: a session or a Bearer token, else 401 (before any origin check,
 * so a caller without credentials learns that first); with a session cookie, the Origin must be
 * this site (403). The role a write needs is the use case's to check.
 */
export async function writingActor(request: Request): Promise<Actor> {
  const actor = await currentActor(request);
  requireRole(actor, "VIEWER");
  assertSameOrigin(request);
  return actor;
}

/** A DELETE's input: a JSON body, or `?expectedVersion=n` for clients that send no body with DELETE. */
export async function deleteInput(request: Request): Promise<unknown> {
  const body = await jsonBody(request, { optional: true });
  if (body !== undefined) return body;
  const fromQuery = new URL(request.url).searchParams.get("expectedVersion");
  if (fromQuery === null) return {};
  return { expectedVersion: /^\d+$/.test(fromQuery) ? Number(fromQuery) : fromQuery };
}

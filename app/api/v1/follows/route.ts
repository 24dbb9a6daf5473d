import { currentActor } from "@/lib/server/auth";
import { follow } from "@/lib/server/follows/follow";
import { listFollows } from "@/lib/server/follows/list-follows";
import { respond } from "@/lib/server/http";
import { jsonBody } from "@/lib/server/request-body";
import { writingActor } from "@/lib/server/api-write";

/** GET /api/v1/follows — what the signed-in user (or token's owner) follows. 401 without a session or token. */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const actor = await currentActor(request);
    const follows = await listFollows(actor);
    return Response.json({ count: follows.length, follows });
  });
}

/**
 * POST /api/v1/follows with `{ "target": "case", "case": "<slug>" }`, `{ "target": "forum",
 * "forum": "<slug>" }` or `{ "target": "search", "query": "crime=war-crimes&forum=icc", "name"?: "…" }`.
 * Any signed-in role. 201 with the new follow; 200 with the existing one when it is already
 * followed (idempotent). 404 for an unknown or deleted case or forum; 400 names a bad field
 * (a query the case list does not accept is `query`), or the limit of follows.
 */
export async function POST(request: Request): Promise<Response> {
  return respond(async () => {
    const actor = await writingActor(request);
    const input = await jsonBody(request);
    const { record, created } = await follow({ actor, input });
    return Response.json(record, { status: created ? 201 : 200, headers: created ? { Location: `/api/v1/follows/${record.id}` } : undefined });
  });
}

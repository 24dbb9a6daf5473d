import "server-only";
import { isoToday, type IsoDate } from "@/lib/core/dates";
import type { Actor } from "./actor";
import { deleteInput, writingActor } from "./api-write";
import { AppError } from "./errors";
import { respond } from "./http";
import { parseQuery } from "./openapi/query";
import { noQuery } from "./openapi/schemas";
import { jsonBody } from "./request-body";

type Context = { params: Promise<{ id: string }> };
type Handler = (request: Request, context: Context) => Promise<Response>;
type Change<T> = (args: { actor: Actor; id: string; input: unknown }) => Promise<T>;

/**
 * The route handlers of one record addressed by its id or slug (/api/v1/cases/{id},
 * /api/v1/milestones/{id}), written once: GET reads it (anyone); PATCH changes the fields sent and
 * DELETE hides it, each for a writing actor (a token, or a session from the site's own pages) with
 * the JSON body (DELETE: or ?expectedVersion=n). The use case checks the rest; respond() answers
 * every refusal.
 */
export function resourceRoute<Found, Updated, Removed>({ find, update, remove }: { find: (id: string) => Promise<Found>; update: Change<Updated>; remove: Change<Removed> }): {
  GET: Handler;
  PATCH: Handler;
  DELETE: Handler;
} {
  return {
    GET: (_request, { params }) => respond(async () => Response.json(await find((await params).id))),
    PATCH: (request, { params }) =>
      respond(async () => {
        const actor = await writingActor(request);
        const { id } = await params;
        return Response.json(await update({ actor, id, input: await jsonBody(request) }));
      }),
    DELETE: (request, { params }) =>
      respond(async () => {
        const actor = await writingActor(request);
        const { id } = await params;
        return Response.json(await remove({ actor, id, input: await deleteInput(request) }));
      }),
  };
}

/**
 * GET of one catalogue entry by its slug (/api/v1/forums/{slug}, …), written once: it takes no
 * query parameter, places rules against today, and answers 404 naming what is missing.
 */
export function catalogueEntryRoute<T>(find: (slug: string, today: IsoDate) => Promise<T | null>, what: string) {
  return (request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> =>
    respond(async () => {
      parseQuery(request, noQuery);
      const { slug } = await params;
      const entry = await find(slug, isoToday(new Date()));
      if (!entry) throw new AppError("NOT_FOUND", `There is no ${what} "${slug}".`);
      return Response.json(entry);
    });
}

/** POST of a new record (/api/v1/cases, /api/v1/milestones), written once: 201 with the record and its Location under `collection`. */
export function createRoute<Created extends { slug: string }>(create: (args: { actor: Actor; input: unknown }) => Promise<Created>, collection: string) {
  return (request: Request): Promise<Response> =>
    respond(async () => {
      const actor = await writingActor(request);
      const record = await create({ actor, input: await jsonBody(request) });
      return Response.json(record, { status: 201, headers: { Location: `${collection}/${record.slug}` } });
    });
}

/** GET of a whole catalogue (/api/v1/forums, /api/v1/crimes): no query parameter; the entries under `key`, with their total. */
export function catalogueListRoute(key: string, list: (today: IsoDate) => Promise<unknown[]>) {
  return (request: Request): Promise<Response> =>
    respond(async () => {
      parseQuery(request, noQuery);
      const entries = await list(isoToday(new Date()));
      return Response.json({ total: entries.length, [key]: entries });
    });
}

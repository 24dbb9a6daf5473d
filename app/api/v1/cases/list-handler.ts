import { caseListHref, parseCaseListQuery } from "@/lib/core/case-list-query";
import { currentActor } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { queryOf, respond } from "@/lib/server/http";
import { getCaseListOptions, listCases } from "@/lib/server/queries/case-list";

/**
 * GET /api/v1/cases?q=&forum=&situation=&crime=&mode=&accused=&level=&stage=&year=&sort=&after=&limit=
 * The case list with the page's filters (a facet may be repeated: any of its values). Anyone may
 * read; a signed-in caller (session or Bearer token) also searches the notes on cases. 400 names
 * each bad parameter. `next` is the address of the following page, or null on the last one.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const url = new URL(request.url);
    const options = await getCaseListOptions();
    const parsed = parseCaseListQuery(queryOf(url.searchParams), options);
    if (!parsed.ok) throw AppError.invalidInput(parsed.errors);
    const actor = await currentActor(request);
    const signedIn = actor.kind !== "anonymous";
    const query = parsed.value;
    const result = await listCases(query, { signedIn, options });
    const next = result.next ? caseListHref(url.pathname, query, { after: result.next, limit: query.limit }) : null;
    return Response.json({
      total: result.total,
      matching: result.matching,
      count: result.cases.length,
      cases: result.cases,
      facets: result.facets,
      next,
    });
  });
}

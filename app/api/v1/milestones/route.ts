import { parseMilestoneFilters, parseTimelinePage, TIMELINE_PARAMS, timelineHref, type RawSearchParams } from "@/lib/core/milestone-filters";
import { AppError } from "@/lib/server/errors";
import { queryOf, respond } from "@/lib/server/http";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { getMilestoneFilterOptions, listMilestones } from "@/lib/server/queries/milestones";
import { createRoute } from "@/lib/server/resource-route";

/**
 * GET /api/v1/milestones?track=&type=&forum=&year=&limit=&after=
 * The timeline, newest first, with the timeline page's filters, a page at a time (keyset pages:
 * `next` is the address of the following page, or null on the last). Anyone may read. 400 names
 * each bad or unknown parameter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const url = new URL(request.url);
    const query = queryOf(url.searchParams) as RawSearchParams;
    // The timeline page sets aside a parameter it does not know; the API refuses it, as every other endpoint does.
    const known: readonly string[] = TIMELINE_PARAMS;
    const unknown = Object.keys(query).filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw AppError.invalidInput(unknown.map((name) => ({ parameter: name, message: `${name} is not a parameter of the milestones; the parameters are ${TIMELINE_PARAMS.join(", ")}.`, allowed: [...TIMELINE_PARAMS] })));
    }
    const options = await getMilestoneFilterOptions();
    const { filters, issues } = parseMilestoneFilters(query, options);
    const { page, issues: pageIssues } = parseTimelinePage(query, "api");
    if (issues.length > 0 || pageIssues.length > 0) {
      throw AppError.invalidInput([
        ...issues.map((i) => ({ parameter: i.param, message: `${i.param}: ${i.message}`, allowed: i.allowed.map((o) => o.value) })),
        ...pageIssues.map((i) => ({ parameter: i.param, message: i.message })),
      ]);
    }
    const result = await listMilestones(filters, page);
    const next = result.next ? timelineHref(url.pathname, filters, { limit: page.limit, after: result.next }) : null;
    // A milestone found by words inside a document carries `documentMatch`: the document, page and passage (decision 050).
    const milestones = result.milestones.map((m) => (result.documentMatches[m.slug] ? { ...m, documentMatch: result.documentMatches[m.slug] } : m));
    return Response.json({ total: result.total, matching: result.matching, count: result.milestones.length, milestones, next });
  });
}

/**
 * POST /api/v1/milestones — log a milestone (analysts; effects need an admin). A session (same
 * origin only) or a Bearer token. 201 with the record and its Location; 400 names each bad field;
 * 401/403 refuse; nothing is written on any refusal.
 */
export const POST = createRoute(createMilestone, "/api/v1/milestones");

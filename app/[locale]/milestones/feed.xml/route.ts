import { ATOM_CONTENT_TYPE, buildMilestoneFeed } from "@/lib/web/atom";
import { describeFilters, FILTER_LABELS, FILTER_PARAMS, filtersToQuery, parseMilestoneFilters, type RawSearchParams } from "@/lib/core/milestone-filters";
import { AppError } from "@/lib/server/errors";
import { queryOf } from "@/lib/server/http";
import { getMilestoneFilterOptions } from "@/lib/server/queries/milestones";
import { listFeedMilestones } from "@/lib/server/queries/feed";
import { siteOrigin } from "@/lib/server/site-url";


/**
 * GET /milestones/feed.xml?track=&type=&forum=&year=&q=&from=&to= — an Atom 1.0 feed of the latest 50 milestones the timeline's filters match. A value
 * the timeline would not accept is a 400 in plain text naming the parameter and its allowed values.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = queryOf(new URL(request.url).searchParams);
    const params: RawSearchParams = Object.fromEntries(FILTER_PARAMS.filter((p) => query[p] !== undefined).map((p) => [p, query[p]]));
    const options = await getMilestoneFilterOptions();
    const { filters, issues } = parseMilestoneFilters(params, options);
    if (issues.length > 0) {
      const lines = issues.map((issue) => {
        const allowed = issue.allowed.map((o) => `${o.value} (${o.label})`).join(", ");
        return `${FILTER_LABELS[issue.param]} (${issue.param}): ${issue.message}${allowed ? `\nAllowed values for "${issue.param}": ${allowed}` : ""}`;
      });
      return new Response(`The feed's filters were not understood.\n\n${lines.join("\n\n")}\n`, {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    const feedFilters = filters;
    const describe = describeFilters(filters, options);
    const xml = buildMilestoneFeed({
      origin: siteOrigin(request),
      query: filtersToQuery(feedFilters),
      filterDescription: describe,
      milestones: await listFeedMilestones(feedFilters),
      now: new Date().toISOString(),
    });
    return new Response(xml, { headers: { "content-type": ATOM_CONTENT_TYPE, "cache-control": "public, max-age=300" } });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT") {
      return new Response(`The feed's filters were not understood.\n\n${error.message}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    console.error("[tracker] the milestone feed failed", error);
    return new Response("The feed could not be built just now. The error has been logged; try again later.\n", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}

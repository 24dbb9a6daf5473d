import { hasLocale } from "next-intl";
import { ATOM_CONTENT_TYPE, buildMilestoneFeed, feedWords, filterWords } from "@/lib/web/atom";
import { localizeMessage } from "@/lib/core/message-texts";
import { describeFilters, FILTER_PARAMS, filtersToQuery, parseMilestoneFilters, type RawSearchParams } from "@/lib/core/milestone-filters";
import { routing } from "@/lib/i18n/routing";
import { AppError } from "@/lib/server/errors";
import { queryOf } from "@/lib/server/http";
import { getMilestoneFilterOptions } from "@/lib/server/queries/milestones";
import { listFeedMilestones } from "@/lib/server/queries/feed";
import { siteOrigin } from "@/lib/server/site-url";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { milestoneFilterOptionsIn, renamed } from "@/lib/core/names-in";


/**
 * GET /milestones/feed.xml?track=&type=&forum=&year=&q=&from=&to= — an Atom 1.0 feed of the latest 50 milestones the timeline's filters match. A value
 * the timeline would not accept is a 400 in plain text naming the parameter and its allowed values.
 */
export async function GET(request: Request, context?: { params: Promise<{ locale: string }> }): Promise<Response> {
  const requested = (await context?.params)?.locale;
  // The feed's own words and dates in the address's language, the vocabularies' names too (decision 039); the records' texts as recorded.
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = feedWords(locale);
  const tf = filterWords(locale);
  try {
    const query = queryOf(new URL(request.url).searchParams);
    const params: RawSearchParams = Object.fromEntries(FILTER_PARAMS.filter((p) => query[p] !== undefined).map((p) => [p, query[p]]));
    const { words } = await referenceNamesIn(locale);
    const options = milestoneFilterOptionsIn(words, await getMilestoneFilterOptions());
    const { filters, issues } = parseMilestoneFilters(params, options);
    if (issues.length > 0) {
      const lines = issues.map((issue) => {
        const allowed = issue.allowed.map((o) => `${o.value} (${o.label})`).join(", ");
        return `${tf(`labels.${issue.param}`)} (${issue.param}): ${localizeMessage(issue.message, locale)}${allowed ? `\n${t("allowedValuesFor", { param: issue.param, values: allowed })}` : ""}`;
      });
      return new Response(`${t("notUnderstood")}\n\n${lines.join("\n\n")}\n`, {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    const feedFilters = filters;
    // "Track: Accountability · Forum: International Criminal Court", in the feed's language.
    const describe = describeFilters(filters, options, FILTER_PARAMS, locale);
    const xml = buildMilestoneFeed({
      origin: siteOrigin(request),
      query: filtersToQuery(feedFilters),
      filterDescription: describe,
      milestones: (await listFeedMilestones(feedFilters)).map((m) => ({
        ...m,
        track: renamed(words, "track", m.track),
        type: renamed(words, "type", m.type),
        situation: renamed(words, "situation", m.situation),
        forums: m.forums.map((f) => renamed(words, "forum", f)),
      })),
      now: new Date().toISOString(),
      locale,
    });
    return new Response(xml, { headers: { "content-type": ATOM_CONTENT_TYPE, "cache-control": "public, max-age=300" } });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT") {
      return new Response(`${t("notUnderstood")}\n\n${localizeMessage(error.message, locale)}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    console.error("[tracker] the milestone feed failed", error);
    return new Response(`${t("failed")}\n`, {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}

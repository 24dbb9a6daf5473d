import type { Metadata } from "next";
import { FilterNotice } from "@/components/FilterNotice";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { milestoneFilterOptionsIn, milestoneViewIn } from "@/lib/core/names-in";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { MilestoneFilterForm } from "@/components/FilterForm";
import { MilestoneEntry } from "@/components/MilestoneEntry";
import { MilestoneYearChart } from "@/components/charts/MilestoneYearChart";
import { yearOf } from "@/lib/core/dates";
import { localizedPath, type Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { yearTrackChart } from "@/lib/core/milestone-chart";
import { addressWithoutEmpty } from "@/lib/core/query-form";
import {
  FILTER_PARAMS,
  describeFilters,
  filtersToQuery,
  hasFilters,
  parseMilestoneFilters,
  parseTimelinePage,
  timelineHref,
  type MilestoneFilters,
  type RawSearchParams,
} from "@/lib/core/milestone-filters";
import type { MilestoneView } from "@/lib/core/views";
import { getMilestoneFilterOptions, listMilestones } from "@/lib/server/queries/milestones";
import { currentActor } from "@/lib/server/auth";
import { hasRole } from "@/lib/server/actor";
import { siteOrigin } from "@/lib/server/site-url";
import styles from "./timeline.module.css";

type Props = { searchParams: Promise<RawSearchParams> };

/** The Atom feed's address for the filters in force: the feed applies every one of them. */
function feedHref(filters: MilestoneFilters): string {
  const query = filtersToQuery(filters);
  return query ? `/milestones/feed.xml?${query}` : "/milestones/feed.xml";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [params, options, origin, t, locale] = await Promise.all([
    searchParams,
    getMilestoneFilterOptions(),
    headers().then((h) => siteOrigin({ headers: h })),
    getTranslations("Milestones"),
    getLocale(),
  ]);
  const { filters } = parseMilestoneFilters({ track: params.track, forum: params.forum }, options);
  return {
    title: t("title"),
    // The feed in the page's own language: its title and texts are translated.
    alternates: { types: { "application/atom+xml": [{ url: `${origin}${localizedPath(locale as Locale, feedHref(filters))}`, title: t("feedTitle") }] } },
  };
}

function groupByYear(milestones: MilestoneView[]): { year: number; milestones: MilestoneView[] }[] {
  const groups: { year: number; milestones: MilestoneView[] }[] = [];
  for (const m of milestones) {
    const year = yearOf(m.date.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.milestones.push(m);
    else groups.push({ year, milestones: [m] });
  }
  return groups;
}

export default async function MilestonesPage({ searchParams }: Props) {
  const params = await searchParams;
  // The GET form sends "Any" as an empty value; redirect to the clean, shareable URL.
  const shareable = addressWithoutEmpty("/milestones", params, Object.keys(params));
  if (shareable) return await redirectInLocale(shareable);
  const [recordedOptions, t, tf, locale] = await Promise.all([getMilestoneFilterOptions(), getTranslations("Milestones"), getTranslations("Filters"), getLocale() as Promise<Locale>]);
  // Tracks, types, forums and situations in the page's language (decision 039), in the filters, the chart and the entries.
  const { words } = await referenceNamesIn(locale);
  const options = milestoneFilterOptionsIn(words, recordedOptions);
  const { filters, issues: filterIssues } = parseMilestoneFilters(params, options);
  const { page, issues: pageIssues } = parseTimelinePage(params, "page");
  const { milestones: listed, total, matching, next, earlier, matchingByYear, matchingByYearTrack, documentMatches } = await listMilestones(filters, page);
  const milestones = listed.map((m) => milestoneViewIn(words, m));
  const filtered = hasFilters(filters);
  const groups = groupByYear(milestones);
  const issues = [
    ...filterIssues.map((issue) => ({
      key: `${issue.param}-${issue.received}`,
      param: issue.param,
      label: tf(`labels.${issue.param}`),
      message: localizeMessage(issue.message, locale),
      allowedHeading: issue.param === "year" ? tf("yearsWithMilestones") : tf("allowedValues"),
      allowed: issue.allowed,
    })),
    ...pageIssues.map((issue) => ({ key: `${issue.param}-${issue.received}`, param: issue.param, label: tf(`pageLabels.${issue.param}`), message: localizeMessage(issue.message, locale), allowedHeading: "", allowed: [] })),
  ];
  // With more milestones than a page holds, the timeline comes a page at a time (newest first).
  const paged = page.after !== null || next !== null;
  const firstHref = page.after ? timelineHref("/milestones", filters, { limit: page.limit }) : null;
  const nextHref = next ? timelineHref("/milestones", filters, { limit: page.limit, after: next }) : null;
  // Counts read "10,000" in English and "10 000" in Ukrainian (ICU's # and {n, number}).
  const ofWhat = { total: filtered ? matching : total };
  const canLog = hasRole(await currentActor(), "ANALYST");
  // The chart counts every matching milestone, not one page's: it is drawn on the first page only.
  const chart = page.after === null ? yearTrackChart(matchingByYearTrack, options.track.map((t) => ({ slug: t.value, name: t.label }))) : null;
  const chartScope = filtered ? t("chartScopeFiltered", { count: matching }) : t("chartScopeAll", { count: total });
  const exportQuery = filtersToQuery(filters) ? `?${filtersToQuery(filters)}` : "";

  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      {canLog ? (
        <p className="record-actions">
          <Link href="/milestones/new" className="button-link">
            {t("logMilestone")}
          </Link>{" "}
          <Link href="/import?kind=milestones">{t("importFromFile")}</Link>
        </p>
      ) : null}

      <MilestoneFilterForm key={filtersToQuery(filters)} action={localizedPath(locale, "/milestones")} options={options} filters={filters} />

      {issues.length > 0 ? <FilterNotice items={issues} /> : null}

      <div className="results-bar" role="status" aria-live="polite">
        <p id="result-count">
          {filtered
            ? t.rich("resultsFiltered", { count: matching, total, filters: describeFilters(filters, options, FILTER_PARAMS, locale), strong: (chunks) => <strong>{chunks}</strong> })
            : t.rich("resultsAll", { count: total, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        {filtered || issues.length > 0 ? (
          <Link href="/milestones" className="clear-link">
            {tf("clear")}
          </Link>
        ) : null}
      </div>
      <p className="small">
        <a href={localizedPath(locale, feedHref(filters))} type="application/atom+xml" data-testid="feed-link">
          {filtered ? t("feedFiltered") : t("feedLatest")}
        </a>{" "}
        <span className="muted">{filtered ? t("feedNoteFiltered") : t("feedNote")}</span>
      </p>
      <p className="small" data-testid="export-links">
        {filtered ? t("exportThese") : t("exportAll")} <a href={localizedPath(locale, `/milestones/export.csv${exportQuery}`)} download>CSV</a> ·{" "}
        <a href={localizedPath(locale, `/milestones/export.json${exportQuery}`)} download>JSON</a>
      </p>
      {paged && milestones.length > 0 ? (
        <p data-testid="timeline-page">
          {page.after === null
            ? t(filtered ? "showingFirstMatching" : "showingFirst", { shown: milestones.length, ...ofWhat })
            : t(filtered ? "showingRangeMatching" : "showingRange", { shown: milestones.length, from: earlier + 1, to: earlier + milestones.length, ...ofWhat })}{" "}
          {nextHref ? t("olderOnNextPages") : t("theseAreOldest")}
        </p>
      ) : null}
      <p className="muted small">{t("precisionNote")}</p>

      {chart && chart.total > 0 ? (
        <MilestoneYearChart chart={chart} scope={chartScope} yearHref={(year) => timelineHref("/milestones", { ...filters, year })} />
      ) : null}

      {milestones.length === 0 && page.after !== null && matching > 0 ? (
        <div className="empty">
          <p>{t("noOlder")}</p>
          <p>{firstHref ? <Link href={firstHref}>{t("backToMostRecent")}</Link> : null}</p>
        </div>
      ) : milestones.length === 0 ? (
        <div className="empty">
          <p>{t("noneMatch")}</p>
          <p>{t.rich("clearToSeeAll", { total, clear: (chunks) => <Link href="/milestones">{chunks}</Link> })}</p>
        </div>
      ) : (
        groups.map((group, index) => {
          // A year may run over several pages: its heading says so and counts the whole year.
          const continued = index === 0 && page.after !== null && yearOf(page.after.date) === group.year;
          const inYear = matchingByYear[group.year] ?? group.milestones.length;
          return (
            <section key={group.year} aria-labelledby={`year-${group.year}`} className="year-group">
              <h2 id={`year-${group.year}`} className="year-heading">
                {group.year}
                {continued ? ` ${t("yearContinued")}` : null}{" "}
                <span className="count">
                  {inYear > group.milestones.length ? t("yearCountOnPage", { count: inYear, shown: group.milestones.length }) : t("yearCount", { count: inYear })}
                </span>
              </h2>
              <div className="timeline">
                {group.milestones.map((m) => (
                  <MilestoneEntry key={m.slug} milestone={m} documentMatch={documentMatches[m.slug] ?? null} />
                ))}
              </div>
            </section>
          );
        })
      )}

      {paged ? (
        <nav className={styles.pager} aria-label={t("pagesLabel")}>
          {firstHref ? (
            <Link href={firstHref} className="button-link-quiet" rel="first">
              {t("mostRecent")}
            </Link>
          ) : (
            <span />
          )}
          {nextHref ? (
            <Link href={nextHref} className="button-link" rel="next" data-testid="older-milestones">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

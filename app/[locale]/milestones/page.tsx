import type { Metadata } from "next";
import { FilterNotice } from "@/components/FilterNotice";
import { headers } from "next/headers";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { MilestoneFilterForm } from "@/components/FilterForm";
import { MilestoneEntry } from "@/components/MilestoneEntry";
import { MilestoneYearChart } from "@/components/charts/MilestoneYearChart";
import { yearOf } from "@/lib/core/dates";
import { yearTrackChart } from "@/lib/core/milestone-chart";
import { addressWithoutEmpty } from "@/lib/core/query-form";
import {
  describeFilters,
  FILTER_LABELS,
  filtersToQuery,
  hasFilters,
  PAGE_LABELS,
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
  const [params, options, origin] = await Promise.all([searchParams, getMilestoneFilterOptions(), headers().then((h) => siteOrigin({ headers: h }))]);
  const { filters } = parseMilestoneFilters({ track: params.track, forum: params.forum }, options);
  return {
    title: "Milestones",
    alternates: { types: { "application/atom+xml": [{ url: `${origin}${feedHref(filters)}`, title: "Milestones (Atom feed)" }] } },
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


// Counts read "10,000", as a lawyer writes them.
const numberFormat = new Intl.NumberFormat("en-GB");
const count = (n: number, one: string, many = `${one}s`) => `${numberFormat.format(n)} ${n === 1 ? one : many}`;


export default async function MilestonesPage({ searchParams }: Props) {
  const params = await searchParams;
  // The GET form sends "Any" as an empty value; redirect to the clean, shareable URL.
  const shareable = addressWithoutEmpty("/milestones", params, Object.keys(params));
  if (shareable) return await redirectInLocale(shareable);
  const options = await getMilestoneFilterOptions();
  const { filters, issues: filterIssues } = parseMilestoneFilters(params, options);
  const { page, issues: pageIssues } = parseTimelinePage(params, "page");
  const { milestones, total, matching, next, earlier, matchingByYear, matchingByYearTrack } = await listMilestones(filters, page);
  const filtered = hasFilters(filters);
  const groups = groupByYear(milestones);
  const issues = [
    ...filterIssues.map((issue) => ({
      key: `${issue.param}-${issue.received}`,
      param: issue.param,
      label: FILTER_LABELS[issue.param],
      message: issue.message,
      allowedHeading: issue.param === "year" ? "Years with milestones" : "Allowed values",
      allowed: issue.allowed,
    })),
    ...pageIssues.map((issue) => ({ key: `${issue.param}-${issue.received}`, param: issue.param, label: PAGE_LABELS[issue.param], message: issue.message, allowedHeading: "", allowed: [] })),
  ];
  // With more milestones than a page holds, the timeline comes a page at a time (newest first).
  const paged = page.after !== null || next !== null;
  const firstHref = page.after ? timelineHref("/milestones", filters, { limit: page.limit }) : null;
  const nextHref = next ? timelineHref("/milestones", filters, { limit: page.limit, after: next }) : null;
  const ofWhat = filtered ? `${count(matching, "matching milestone")}` : count(total, "milestone");
  const canLog = hasRole(await currentActor(), "ANALYST");
  // The chart counts every matching milestone, not one page's: it is drawn on the first page only.
  const chart = page.after === null ? yearTrackChart(matchingByYearTrack, options.track.map((t) => ({ slug: t.value, name: t.label }))) : null;
  const chartScope = filtered ? `The ${count(matching, "milestone")} that match the filters, on every page of the timeline.` : `All ${count(total, "milestone")}, on every page of the timeline.`;

  return (
    <>
      <Breadcrumbs trail={[{ label: "Milestones" }]} />
      <h1>Milestones</h1>
      <p className="lead">
        Legal and related events, newest first, on three tracks: accountability, security guarantees and sanctions. Each
        entry says what it changed and cites its sources.
      </p>

      {canLog ? (
        <p className="record-actions">
          <Link href="/milestones/new" className="button-link">
            Log a milestone
          </Link>{" "}
          <Link href="/import?kind=milestones">Import milestones from a file</Link>
        </p>
      ) : null}

      <MilestoneFilterForm key={filtersToQuery(filters)} action="/milestones" options={options} filters={filters} />

      {issues.length > 0 ? <FilterNotice items={issues} /> : null}

      <div className="results-bar" role="status" aria-live="polite">
        <p id="result-count">
          <strong>
            {filtered ? `${count(matching, "milestone")} of ${numberFormat.format(total)}` : count(total, "milestone")}
          </strong>
          {filtered ? <> match: {describeFilters(filters, options)}</> : " in all"}
        </p>
        {filtered || issues.length > 0 ? (
          <Link href="/milestones" className="clear-link">
            Clear filters
          </Link>
        ) : null}
      </div>
      <p className="small">
        <a href={feedHref(filters)} type="application/atom+xml" data-testid="feed-link">
          {filtered ? "Atom feed for these filters" : "Atom feed of the latest milestones"}
        </a>{" "}
        <span className="muted">(for a feed reader: new and updated milestones{filtered ? " that these filters match" : ""})</span>
      </p>
      <p className="small" data-testid="export-links">
        Export {filtered ? "these milestones" : "all milestones"}: <a href={`/milestones/export.csv${filtersToQuery(filters) ? `?${filtersToQuery(filters)}` : ""}`} download>CSV</a> · <a href={`/milestones/export.json${filtersToQuery(filters) ? `?${filtersToQuery(filters)}` : ""}`} download>JSON</a>
      </p>
      {paged && milestones.length > 0 ? (
        <p data-testid="timeline-page">
          {page.after === null
            ? `Showing the ${count(milestones.length, "most recent", "most recent")} of ${ofWhat}.`
            : `Showing ${milestones.length === 1 ? "milestone" : "milestones"} ${numberFormat.format(earlier + 1)}${milestones.length === 1 ? "" : ` to ${numberFormat.format(earlier + milestones.length)}`} of ${ofWhat}, newest first.`}
          {nextHref ? " Older milestones are on the following pages." : " These are the oldest."}
        </p>
      ) : null}
      <p className="muted small">
        A date known only to the month or year is shown that way (“October 2024”, “2024”) and placed at the start of its
        period.
      </p>

      {chart && chart.total > 0 ? (
        <MilestoneYearChart chart={chart} scope={chartScope} yearHref={(year) => timelineHref("/milestones", { ...filters, year })} />
      ) : null}

      {milestones.length === 0 && page.after !== null && matching > 0 ? (
        <div className="empty">
          <p>There are no older milestones after the previous page.</p>
          <p>{firstHref ? <Link href={firstHref}>Back to the most recent milestones</Link> : null}</p>
        </div>
      ) : milestones.length === 0 ? (
        <div className="empty">
          <p>No milestone matches these filters.</p>
          <p>
            <Link href="/milestones">Clear filters</Link> to see all {numberFormat.format(total)} milestones.
          </p>
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
                {continued ? " (continued)" : null}{" "}
                <span className="count">
                  {count(inYear, "milestone")}
                  {inYear > group.milestones.length ? `, ${numberFormat.format(group.milestones.length)} on this page` : null}
                </span>
              </h2>
              <div className="timeline">
                {group.milestones.map((m) => (
                  <MilestoneEntry key={m.slug} milestone={m} />
                ))}
              </div>
            </section>
          );
        })
      )}

      {paged ? (
        <nav className={styles.pager} aria-label="Pages of the timeline">
          {firstHref ? (
            <Link href={firstHref} className="button-link-quiet" rel="first">
              ← Most recent milestones
            </Link>
          ) : (
            <span />
          )}
          {nextHref ? (
            <Link href={nextHref} className="button-link" rel="next" data-testid="older-milestones">
              Older milestones →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

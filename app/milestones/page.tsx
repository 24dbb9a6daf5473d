import type { Metadata } from "next";
import { FilterNotice } from "@/components/FilterNotice";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { FilterForm } from "@/components/FilterForm";
import { MilestoneEntry } from "@/components/MilestoneEntry";
import { yearOf } from "@/lib/core/dates";
import { plural } from "@/lib/core/labels";
import {
  FILTER_LABELS,
  FILTER_PARAMS,
  filtersToQuery,
  hasEmptyFilterParams,
  hasFilters,
  parseMilestoneFilters,
  withoutEmptyParams,
  type FilterOptions,
  type MilestoneFilters,
  type RawSearchParams,
} from "@/lib/core/milestone-filters";
import type { MilestoneView } from "@/lib/core/views";
import { getMilestoneFilterOptions, listMilestones } from "@/lib/server/queries/milestones";
import { currentActor } from "@/lib/server/auth";
import { hasRole } from "@/lib/server/queries/page-access";
import { siteOrigin } from "@/lib/server/site-url";

type Props = { searchParams: Promise<RawSearchParams> };

/** The Atom feed's address for the track and forum in force (the feed ignores type and year). */
function feedHref(filters: MilestoneFilters): string {
  const query = filtersToQuery({ track: filters.track, forum: filters.forum });
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


function describeFilters(filters: MilestoneFilters, options: FilterOptions): string {
  return FILTER_PARAMS.filter((p) => filters[p] !== undefined)
    .map((p) => {
      const value = String(filters[p]);
      const label = options[p].find((o) => o.value === value)?.label ?? value;
      return `${FILTER_LABELS[p]}: ${label}`;
    })
    .join(" · ");
}

export default async function MilestonesPage({ searchParams }: Props) {
  const params = await searchParams;
  // The GET form sends "Any" as an empty value; redirect to the clean, shareable URL.
  if (hasEmptyFilterParams(params)) {
    const query = withoutEmptyParams(params);
    redirect(query ? `/milestones?${query}` : "/milestones");
  }
  const options = await getMilestoneFilterOptions();
  const { filters, issues } = parseMilestoneFilters(params, options);
  const { milestones, total } = await listMilestones(filters);
  const filtered = hasFilters(filters);
  const groups = groupByYear(milestones);
  const canLog = hasRole(await currentActor(), "ANALYST");

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

      <FilterForm key={filtersToQuery(filters)} action="/milestones" options={options} filters={filters} />

      {issues.length > 0 ? (
        <FilterNotice
          items={issues.map((issue) => ({
            key: `${issue.param}-${issue.received}`,
            param: issue.param,
            label: FILTER_LABELS[issue.param],
            message: issue.message,
            allowedHeading: issue.param === "year" ? "Years with milestones" : "Allowed values",
            allowed: issue.allowed,
          }))}
        />
      ) : null}

      <div className="results-bar" role="status" aria-live="polite">
        <p id="result-count">
          <strong>
            {filtered ? `${plural(milestones.length, "milestone")} of ${total}` : plural(total, "milestone")}
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
          {filters.track || filters.forum ? "Atom feed for these filters" : "Atom feed of the latest milestones"}
        </a>{" "}
        <span className="muted">
          (for a feed reader: new and updated milestones
          {filters.track || filters.forum ? ", same track and forum" : ""}
          {filters.type !== undefined || filters.year !== undefined ? "; the type and year filters do not apply to the feed" : ""})
        </span>
      </p>
      <p className="small" data-testid="export-links">
        Export {filtered ? "these milestones" : "all milestones"}: <a href={`/milestones/export.csv${filtersToQuery(filters) ? `?${filtersToQuery(filters)}` : ""}`} download>CSV</a> · <a href={`/milestones/export.json${filtersToQuery(filters) ? `?${filtersToQuery(filters)}` : ""}`} download>JSON</a>
      </p>
      <p className="muted small">
        A date known only to the month or year is shown that way (“October 2024”, “2024”) and placed at the start of its
        period.
      </p>

      {milestones.length === 0 ? (
        <div className="empty">
          <p>No milestone matches these filters.</p>
          <p>
            <Link href="/milestones">Clear filters</Link> to see all {total} milestones.
          </p>
        </div>
      ) : (
        groups.map((group) => (
          <section key={group.year} aria-labelledby={`year-${group.year}`} className="year-group">
            <h2 id={`year-${group.year}`} className="year-heading">
              {group.year} <span className="count">{plural(group.milestones.length, "milestone")}</span>
            </h2>
            <div className="timeline">
              {group.milestones.map((m) => (
                <MilestoneEntry key={m.slug} milestone={m} />
              ))}
            </div>
          </section>
        ))
      )}
    </>
  );
}

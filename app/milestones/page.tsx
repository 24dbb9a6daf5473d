import type { Metadata } from "next";
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
  type FilterIssue,
  type FilterOptions,
  type MilestoneFilters,
  type RawSearchParams,
} from "@/lib/core/milestone-filters";
import type { MilestoneView } from "@/lib/core/views";
import { getMilestoneFilterOptions, listMilestones } from "@/lib/server/queries/milestones";

export const metadata: Metadata = { title: "Milestones" };

type Props = { searchParams: Promise<RawSearchParams> };

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

function FilterNotice({ issues }: { issues: FilterIssue[] }) {
  return (
    <div className="notice notice-warning" role="status" aria-labelledby="filter-notice-heading">
      <h2 id="filter-notice-heading">{issues.length === 1 ? "A filter was not understood" : "Some filters were not understood"}</h2>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.param}-${issue.received}`}>
            <p>
              <strong>{FILTER_LABELS[issue.param]}</strong> (<code>{issue.param}</code>): {issue.message}
            </p>
            <p className="allowed">
              {issue.param === "year" ? "Years with milestones" : "Allowed values"}:{" "}
              {issue.allowed.map((o, i) => (
                <span key={o.value}>
                  {i > 0 ? ", " : null}
                  <code>{o.value}</code>
                  {o.label !== o.value ? ` (${o.label})` : null}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
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

  return (
    <>
      <Breadcrumbs trail={[{ label: "Milestones" }]} />
      <h1>Milestones</h1>
      <p className="lead">
        Legal and related events, newest first, on three tracks: accountability, security guarantees and sanctions. Each
        entry says what it changed and cites its sources.
      </p>

      <FilterForm key={filtersToQuery(filters)} action="/milestones" options={options} filters={filters} />

      {issues.length > 0 ? <FilterNotice issues={issues} /> : null}

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

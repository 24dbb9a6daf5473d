import type { Metadata } from "next";
import { FilterNotice } from "@/components/FilterNotice";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DemoBadge } from "@/components/DemoBadge";
import { CASE_FILTER_LABELS, CASE_FILTER_PARAMS, parseCaseFilters, type CaseFilterOptions, type CaseFilters } from "@/lib/core/case-filters";
import { CASE_STAGE_LABELS, plural } from "@/lib/core/labels";
import type { RawParams } from "@/lib/core/query-form";
import { getCaseFilterOptions, listCases } from "@/lib/server/queries/cases";

export const metadata: Metadata = { title: "Cases" };

type Props = { searchParams: Promise<RawParams> };

function describeFilters(filters: CaseFilters, options: CaseFilterOptions): string {
  return CASE_FILTER_PARAMS.filter((p) => filters[p] !== undefined)
    .map((p) => `${CASE_FILTER_LABELS[p]}: ${options[p].find((o) => o.value === filters[p])?.label ?? filters[p]}`)
    .join(" · ");
}


/**
 * A minimal case list, reached from the coverage matrix's cells: the cases that match the filters
 * in the URL (forum, crime, kind of accused, level, mode of liability, situation).
 */
export default async function CasesPage({ searchParams }: Props) {
  const params = await searchParams;
  const options = await getCaseFilterOptions();
  const { filters, issues } = parseCaseFilters(params, options);
  const { cases, total } = await listCases(filters);
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <Breadcrumbs trail={[{ label: "Cases" }]} />
      <h1>Cases</h1>
      <p className="lead">Tracked cases: where each is heard, what it is called, and the stage it has reached.</p>

      {issues.length > 0 ? (
        <FilterNotice
          items={issues.map((issue) => ({
            key: `${issue.param}-${issue.received}`,
            param: issue.param,
            label: CASE_FILTER_LABELS[issue.param as keyof typeof CASE_FILTER_LABELS] ?? "Unknown filter",
            message: issue.message,
            allowedHeading: (CASE_FILTER_PARAMS as readonly string[]).includes(issue.param) ? "Allowed values" : "Filters of the case list",
            allowed: issue.allowed,
          }))}
        />
      ) : null}

      <div className="results-bar" role="status">
        <p id="result-count">
          <strong>{filtered ? `${plural(cases.length, "case")} of ${total}` : plural(total, "tracked case")}</strong>
          {filtered ? <> match: {describeFilters(filters, options)}</> : null}
        </p>
        {filtered || issues.length > 0 ? (
          <Link href="/cases" className="clear-link">
            Clear filters
          </Link>
        ) : null}
      </div>

      {total === 0 ? (
        <div className="empty">
          <p>
            <strong>No cases are tracked yet.</strong> The tracker records forums, jurisdiction rules and milestones; cases
            will be listed here as they are recorded.
          </p>
          <p>
            Meanwhile, the <Link href="/coverage">coverage matrix</Link> shows which forum can try which case category.
          </p>
        </div>
      ) : cases.length === 0 ? (
        <div className="empty">
          <p>No tracked case matches these filters.</p>
          <p>
            <Link href="/cases">Clear filters</Link> to see all {plural(total, "tracked case")}.
          </p>
        </div>
      ) : (
        <ul className="case-list">
          {cases.map((c) => (
            <li key={c.slug} className="case-item">
              <p className="case-ref">
                <code>{c.reference}</code> {c.isSynthetic ? <DemoBadge /> : null}
              </p>
              <p className="case-title">{c.title}</p>
              <dl className="case-facts">
                <div>
                  <dt>Forum</dt>
                  <dd>
                    <Link href={`/forums/${c.forum.slug}`}>{c.forum.name}</Link>
                  </dd>
                </div>
                <div>
                  <dt>Stage</dt>
                  <dd>
                    {CASE_STAGE_LABELS[c.stage]}
                    {c.inAbsentia ? " (in absentia)" : ""}
                  </dd>
                </div>
                <div>
                  <dt>Situation</dt>
                  <dd>{c.situation.name}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

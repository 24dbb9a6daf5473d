import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { FilterNotice } from "@/components/FilterNotice";
import { CaseResults } from "@/components/case-list/CaseResults";
import { FacetPanel } from "@/components/case-list/FacetPanel";
import { SearchBox } from "@/components/case-list/SearchBox";
import styles from "@/components/case-list/case-list.module.css";
import { followAction, unfollowAction } from "@/app/[locale]/follows/actions";
import { FollowButton } from "@/components/FollowButton";
import { followState } from "@/lib/server/follows/list-follows";
import { PARAMETER_LABELS, canonicalCaseListSearch, caseListHref, describeCaseListQuery, isFiltered, readCaseListQuery } from "@/lib/core/case-list-query";
import { addressWithoutEmpty, type RawParams } from "@/lib/core/query-form";
import { currentActor } from "@/lib/server/auth";
import { hasRole } from "@/lib/server/actor";
import { getCaseListOptions, listCases } from "@/lib/server/queries/case-list";

export const metadata: Metadata = { title: "Cases" };

type Props = { searchParams: Promise<RawParams> };

/**
 * The case list: search, facets with counts, an order and keyset pages, all in the URL, so a
 * search can be bookmarked and shared (and followed). The coverage matrix's counts link here with
 * a cell's facets, and the list's count for that link is the cell's count.
 */
export default async function CasesPage({ searchParams }: Props) {
  const params = await searchParams;
  // The GET form sends empty fields (an empty search, the default order); drop them from the URL.
  const shareable = addressWithoutEmpty("/cases", params, Object.keys(params));
  if (shareable) return await redirectInLocale(shareable);
  const [options, actor] = await Promise.all([getCaseListOptions(), currentActor()]);
  const signedIn = actor.kind !== "anonymous";
  const { query, issues } = readCaseListQuery(params, options);
  const result = await listCases(query, { signedIn, options });

  return (
    <>
      <Breadcrumbs trail={[{ label: "Cases" }]} />
      <h1>Cases</h1>
      <p className="lead">Tracked cases before each forum: who is accused, of what, and the stage each case has reached.</p>

      {hasRole(actor, "ANALYST") ? (
        <p className="record-actions">
          <Link href="/cases/new" className="button-link">
            Record a case
          </Link>{" "}
          <Link href="/import?kind=cases">Import cases from a file</Link>
        </p>
      ) : null}

      {issues.length > 0 ? (
        <FilterNotice
          items={issues.map((issue) => ({
            key: `${issue.param}-${issue.received}`,
            param: issue.param,
            label: PARAMETER_LABELS[issue.param as keyof typeof PARAMETER_LABELS] ?? "Unknown filter",
            message: issue.message,
            allowedHeading: issue.allowedHeading,
            allowed: issue.param === "year" ? result.facets.year : issue.allowed,
          }))}
        />
      ) : null}

      {/* Outside the search form: the follow button is a form of its own. */}
      {isFiltered(query) ? (
        <FollowButton
          target="search"
          query={canonicalCaseListSearch(query)}
          defaultName={describeCaseListQuery(query, options)}
          state={await followState(await currentActor(), { target: "search", query: canonicalCaseListSearch(query) })}
          follow={followAction}
          unfollow={unfollowAction}
        />
      ) : null}

      <p className="small" data-testid="export-links">
        Export {isFiltered(query) ? "the matching cases" : "all cases"}: <a href={caseListHref("/cases/export.csv", query)} download>CSV</a> · <a href={caseListHref("/cases/export.json", query)} download>JSON</a>
      </p>

      {/* One GET form: the search, the facets and the order; the URL it makes is the shareable state. */}
      <form method="get" action="/cases" className={styles.form}>
        <SearchBox value={query.q ?? ""} signedIn={signedIn} />
        <div className={styles.layout}>
          <FacetPanel query={query} facets={result.facets} options={options} />
          <CaseResults
            query={query}
            result={result}
            options={options}
            signedIn={signedIn}
            hadIssues={issues.length > 0}
            nextHref={result.next ? caseListHref("/cases", query, { after: result.next }) : null}
            firstHref={query.after ? caseListHref("/cases", query) : null}
          />
        </div>
      </form>

      {result.total > 0 ? (
        <p className="muted small">
          Dates are shown only as precisely as the source gives them (“May 2024”, “2023”). The API gives the same list as
          JSON: <Link href={caseListHref("/api/v1/cases", query)}>this search in the API</Link>.
        </p>
      ) : null}
    </>
  );
}

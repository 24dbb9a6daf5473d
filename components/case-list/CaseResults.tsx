import { Link } from "@/lib/i18n/navigation";
import { caseListHref, describeCaseListQuery, emptyCaseListQuery, isFiltered, type CaseListOptions, type CaseListQuery } from "@/lib/core/case-list-query";
import { formatCount, plural } from "@/lib/core/labels";
import type { CaseListResult } from "@/lib/core/views";
import { CaseRow } from "./CaseRow";
import { Pager } from "./Pager";
import { SortControl } from "./SortControl";
import styles from "./case-list.module.css";

type Props = {
  query: CaseListQuery;
  result: CaseListResult;
  options: CaseListOptions;
  signedIn: boolean;
  hadIssues: boolean;
  nextHref: string | null;
  firstHref: string | null;
};

/** The count, what it counts, the order, the rows and the pages; or, when nothing matches, why. */
export function CaseResults({ query, result, options, signedIn, hadIssues, nextHref, firstHref }: Props) {
  const filtered = isFiltered(query);
  const described = describeCaseListQuery(query, options, { labelled: true });
  const onlyText = query.q ? caseListHref("/cases", { ...emptyCaseListQuery(), q: query.q, sort: "relevance" }) : null;

  return (
    <section className={styles.results} aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        Results
      </h2>
      <div className="results-bar" role="status" aria-live="polite">
        <p id="result-count">
          <strong>{filtered ? `${formatCount(result.matching)} of ${plural(result.total, "case")}` : plural(result.total, "tracked case")}</strong>
          {filtered ? <> match: {described}</> : null}
          {query.after && result.cases.length > 0 ? <span className="muted"> (a later page)</span> : null}
        </p>
        {filtered || hadIssues ? (
          <Link href="/cases" className="clear-link">
            {query.q ? "Clear search and filters" : "Clear filters"}
          </Link>
        ) : null}
      </div>

      {result.total > 0 ? <SortControl query={query} /> : null}

      {result.total === 0 ? (
        <div className="empty">
          <p>
            <strong>No cases are tracked yet.</strong> Cases will be listed here as analysts record them.
          </p>
          <p>
            Meanwhile, the <Link href="/coverage">coverage matrix</Link> shows which forum can try which case category.
          </p>
        </div>
      ) : result.cases.length === 0 && query.after && result.matching > 0 ? (
        <div className="empty">
          <p>There are no more cases after the previous page.</p>
          <p>{firstHref ? <Link href={firstHref}>Back to the first page</Link> : null}</p>
        </div>
      ) : result.cases.length === 0 ? (
        <div className="empty">
          <p>
            <strong>No tracked case matches</strong> {described || "these filters"}.
          </p>
          <ul className={styles.suggestions}>
            {query.q ? <li>Try fewer or shorter words: the start of a word is enough.</li> : null}
            {query.q && !signedIn ? <li>Notes on cases are searched only for signed-in users.</li> : null}
            {onlyText && described !== `Text: “${query.q}”` ? (
              <li>
                <Link href={onlyText}>Search “{query.q}” in all cases</Link>, without the filters.
              </li>
            ) : null}
            <li>
              <Link href="/cases">{query.q ? "Clear the search and filters" : "Clear filters"}</Link> to see all{" "}
              {plural(result.total, "tracked case")}.
            </li>
          </ul>
        </div>
      ) : (
        <ul className={`${styles.list} case-list`} aria-labelledby="result-count">
          {result.cases.map((c) => (
            <CaseRow key={c.slug} item={c} signedIn={signedIn} />
          ))}
        </ul>
      )}

      <Pager nextHref={nextHref} firstHref={firstHref} />
    </section>
  );
}

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { caseListHref, describeCaseListQuery, emptyCaseListQuery, isFiltered, type CaseListOptions, type CaseListQuery } from "@/lib/core/case-list-query";
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
  const t = useTranslations("CaseList");
  const locale = useLocale();
  const filtered = isFiltered(query);
  const described = describeCaseListQuery(query, options, { labelled: true }, locale);
  const onlyText = query.q ? caseListHref("/cases", { ...emptyCaseListQuery(), q: query.q, sort: "relevance" }) : null;
  // Only a search text, no facet: the link to search it without the filters would lead here again.
  const onlyTextApplied = query.q !== null && described === t("textLabelled", { q: query.q });

  return (
    <section className={styles.results} aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        {t("results")}
      </h2>
      <div className="results-bar" role="status" aria-live="polite">
        <p id="result-count">
          <strong>{filtered ? t("matchingOf", { matching: result.matching, total: result.total }) : t("tracked", { total: result.total })}</strong>
          {filtered ? <> {t("match", { described })}</> : null}
          {query.after && result.cases.length > 0 ? <span className="muted"> {t("laterPage")}</span> : null}
        </p>
        {filtered || hadIssues ? (
          <Link href="/cases" className="clear-link">
            {query.q ? t("clearSearchAndFilters") : t("clearFilters")}
          </Link>
        ) : null}
      </div>

      {result.total > 0 ? <SortControl query={query} /> : null}

      {result.total === 0 ? (
        <div className="empty">
          <p>{t.rich("noneTracked", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <p>{t.rich("meanwhile", { link: (chunks) => <Link href="/coverage">{chunks}</Link> })}</p>
        </div>
      ) : result.cases.length === 0 && query.after && result.matching > 0 ? (
        <div className="empty">
          <p>{t("noMore")}</p>
          <p>{firstHref ? <Link href={firstHref}>{t("backToFirst")}</Link> : null}</p>
        </div>
      ) : result.cases.length === 0 ? (
        <div className="empty">
          <p>{t.rich("noMatch", { described: described || t("theseFilters"), strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <ul className={styles.suggestions}>
            {query.q ? <li>{t("tryFewer")}</li> : null}
            {query.q && !signedIn ? <li>{t("notesSignedIn")}</li> : null}
            {onlyText && !onlyTextApplied ? <li>{t.rich("searchAll", { q: query.q!, link: (chunks) => <Link href={onlyText}>{chunks}</Link> })}</li> : null}
            <li>
              {t.rich(query.q ? "clearAllToSee" : "clearFiltersToSee", { total: result.total, link: (chunks) => <Link href="/cases">{chunks}</Link> })}
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

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { CASE_FACETS, canonicalCaseListSearch, caseListHref, describeCaseListQuery, isFiltered, readCaseListQuery, type CaseFacet } from "@/lib/core/case-list-query";
import { localizedPath, type Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { addressWithoutEmpty, type RawParams } from "@/lib/core/query-form";
import { currentActor } from "@/lib/server/auth";
import { hasRole } from "@/lib/server/actor";
import { getCaseListOptions, listCases } from "@/lib/server/queries/case-list";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { caseListFacetsIn, caseListOptionsIn, caseListRowIn } from "@/lib/core/names-in";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cases");
  return { title: t("title") };
}

const OTHER_PARAMETERS = ["q", "sort", "after", "limit"] as const;

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
  const [options, actor, locale] = await Promise.all([getCaseListOptions(), currentActor(), getLocale() as Promise<Locale>]);
  const signedIn = actor.kind !== "anonymous";
  // The facets' values and the rows' forums, situations and crimes in the page's language (decision 039).
  const { words } = await referenceNamesIn(locale);
  const shownOptions = caseListOptionsIn(words, options);
  // The notices' lists (headings, parameters, orders, stages, values) in the page's language.
  const { query, issues } = readCaseListQuery(params, shownOptions, locale);
  const [listed, t, tl] = await Promise.all([listCases(query, { signedIn, options }), getTranslations("Cases"), getTranslations("CaseList")]);
  const result = { ...listed, facets: caseListFacetsIn(words, listed.facets), cases: listed.cases.map((row) => caseListRowIn(words, row)) };
  // The name of a parameter the notice reports, in the page's language.
  const parameterLabel = (param: string) =>
    (CASE_FACETS as readonly string[]).includes(param)
      ? tl(`facet.${param as CaseFacet}`)
      : (OTHER_PARAMETERS as readonly string[]).includes(param)
        ? tl(`parameter.${param as (typeof OTHER_PARAMETERS)[number]}`)
        : tl("unknownFilter");

  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      {hasRole(actor, "ANALYST") ? (
        <p className="record-actions">
          <Link href="/cases/new" className="button-link">
            {t("recordCase")}
          </Link>{" "}
          <Link href="/import?kind=cases">{t("importCases")}</Link>
        </p>
      ) : null}

      {issues.length > 0 ? (
        <FilterNotice
          items={issues.map((issue) => ({
            key: `${issue.param}-${issue.received}`,
            param: issue.param,
            label: parameterLabel(issue.param),
            message: localizeMessage(issue.message, locale as Locale),
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
          defaultName={describeCaseListQuery(query, shownOptions, {}, locale as Locale)}
          state={await followState(await currentActor(), { target: "search", query: canonicalCaseListSearch(query) })}
          follow={followAction}
          unfollow={unfollowAction}
        />
      ) : null}

      <p className="small" data-testid="export-links">
        {t.rich(isFiltered(query) ? "exportMatching" : "exportAll", {
          csv: (chunks) => (
            <a href={localizedPath(locale as Locale, caseListHref("/cases/export.csv", query))} download>
              {chunks}
            </a>
          ),
          json: (chunks) => (
            <a href={localizedPath(locale as Locale, caseListHref("/cases/export.json", query))} download>
              {chunks}
            </a>
          ),
        })}
      </p>

      {/* One GET form: the search, the facets and the order; the URL it makes is the shareable state. */}
      <form method="get" action={localizedPath(locale as Locale, "/cases")} className={styles.form}>
        <SearchBox value={query.q ?? ""} signedIn={signedIn} />
        <div className={styles.layout}>
          <FacetPanel query={query} facets={result.facets} options={shownOptions} />
          <CaseResults
            query={query}
            result={result}
            options={shownOptions}
            signedIn={signedIn}
            hadIssues={issues.length > 0}
            nextHref={result.next ? caseListHref("/cases", query, { after: result.next }) : null}
            firstHref={query.after ? caseListHref("/cases", query) : null}
          />
        </div>
      </form>

      {result.total > 0 ? (
        <p className="muted small">
          {t.rich("datesNote", { link: (chunks) => <Link href={caseListHref("/api/v1/cases", query)}>{chunks}</Link> })}
        </p>
      ) : null}
    </>
  );
}

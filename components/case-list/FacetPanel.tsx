import { useLocale, useTranslations } from "next-intl";
import { CASE_FACETS, stageFromSlug, stageSlug, type CaseFacet, type CaseListOptions, type CaseListQuery } from "@/lib/core/case-list-query";
import { labelsIn } from "@/lib/core/labels";
import type { CaseListFacets } from "@/lib/core/views";
import styles from "./case-list.module.css";

/** The facets with a hint under their name ("CaseList.facetHint.…"). */
const HINTED = ["crime", "level", "year"] as const satisfies readonly CaseFacet[];
const hinted = (facet: CaseFacet): facet is (typeof HINTED)[number] => (HINTED as readonly CaseFacet[]).includes(facet);

function selected(query: CaseListQuery, facet: CaseFacet): string[] {
  if (facet === "stage") return query.stage.map(stageSlug);
  return query[facet].map(String);
}

/**
 * The facets as checkboxes with counts, in a plain GET form (the page's), so the list works
 * without JavaScript and the URL is the shareable state. Each count is the number of cases that
 * value gives with the other choices kept; ticking two values of one facet asks for either.
 * On a phone the panel folds into "Filters" above the results; on a wide screen it stays open.
 */
export function FacetPanel({ query, facets, options }: { query: CaseListQuery; facets: CaseListFacets; options: CaseListOptions }) {
  const t = useTranslations("CaseList");
  const stages = labelsIn(useLocale()).caseStage;
  const applied = CASE_FACETS.reduce((n, f) => n + selected(query, f).length, 0);
  return (
    <details className={styles.facets} id="filters">
      <summary className={styles.facetsSummary}>
        {t("filters")}
        {applied > 0 ? <span className={styles.appliedCount}> {t("applied", { count: applied })}</span> : null}
      </summary>
      <div className={styles.facetsBody}>
        <p className={styles.facetsHint}>{t("facetsHint")}</p>
        {CASE_FACETS.map((facet) => {
          const chosen = selected(query, facet);
          const values = facets[facet];
          return (
            <fieldset key={facet} className={styles.facet}>
              <legend>{t(`facet.${facet}`)}</legend>
              {hinted(facet) ? <p className={styles.facetHint}>{t(`facetHint.${facet}`)}</p> : null}
              {values.length === 0 ? (
                <p className={styles.facetHint}>{t("noValues")}</p>
              ) : (
                <ul className={styles.choices}>
                  {values.map((v) => {
                    const id = `facet-${facet}-${v.value}`;
                    const isChosen = chosen.includes(v.value);
                    // Forums by their short names ("ICC"), the full name on hover: the column is narrow.
                    const option = options[facet].find((o) => o.value === v.value);
                    const stage = facet === "stage" ? stageFromSlug(v.value) : null;
                    const label = stage ? stages[stage] : v.label;
                    return (
                      <li key={v.value} className={v.count === 0 && !isChosen ? styles.zero : undefined}>
                        <input type="checkbox" id={id} name={facet} value={v.value} defaultChecked={isChosen} />
                        <label htmlFor={id} title={option?.short ? label : undefined}>
                          <span>{option?.short ?? label}</span>{" "}
                          <span className={styles.choiceCount}>
                            {v.count}
                            <span className="visually-hidden"> {t("cases", { count: v.count })}</span>
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              )}
            </fieldset>
          );
        })}
        <div className={styles.facetActions}>
          <button type="submit">{t("applyFilters")}</button>
        </div>
      </div>
    </details>
  );
}

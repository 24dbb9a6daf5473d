import { CASE_FACETS, FACET_LABELS, stageSlug, type CaseFacet, type CaseListOptions, type CaseListQuery } from "@/lib/core/case-list-query";
import type { CaseListFacets } from "@/lib/core/views";
import styles from "./case-list.module.css";

const HINTS: Partial<Record<CaseFacet, string>> = {
  crime: "Crime, mode, kind of accused and level must all hold on one charge.",
  level: "Natural persons only: a legal person has no level.",
  year: "The year of the case’s first recorded stage.",
};

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
  const applied = CASE_FACETS.reduce((n, f) => n + selected(query, f).length, 0);
  return (
    <details className={styles.facets} id="filters">
      <summary className={styles.facetsSummary}>
        Filters{applied > 0 ? <span className={styles.appliedCount}> ({applied} applied)</span> : null}
      </summary>
      <div className={styles.facetsBody}>
        <p className={styles.facetsHint}>The number beside each choice is how many cases it gives, with your other choices kept.</p>
        {CASE_FACETS.map((facet) => {
          const chosen = selected(query, facet);
          const values = facets[facet];
          return (
            <fieldset key={facet} className={styles.facet}>
              <legend>{FACET_LABELS[facet]}</legend>
              {HINTS[facet] ? <p className={styles.facetHint}>{HINTS[facet]}</p> : null}
              {values.length === 0 ? (
                <p className={styles.facetHint}>No case has one yet.</p>
              ) : (
                <ul className={styles.choices}>
                  {values.map((v) => {
                    const id = `facet-${facet}-${v.value}`;
                    const isChosen = chosen.includes(v.value);
                    // Forums by their short names ("ICC"), the full name on hover: the column is narrow.
                    const option = options[facet].find((o) => o.value === v.value);
                    return (
                      <li key={v.value} className={v.count === 0 && !isChosen ? styles.zero : undefined}>
                        <input type="checkbox" id={id} name={facet} value={v.value} defaultChecked={isChosen} />
                        <label htmlFor={id} title={option?.short ? v.label : undefined}>
                          <span>{option?.short ?? v.label}</span>{" "}
                          <span className={styles.choiceCount}>
                            {v.count}
                            <span className="visually-hidden"> {v.count === 1 ? "case" : "cases"}</span>
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
          <button type="submit">Apply filters</button>
        </div>
      </div>
    </details>
  );
}

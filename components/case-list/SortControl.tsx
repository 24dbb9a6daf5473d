import { CASE_SORTS, defaultSort, SORT_LABELS, type CaseListQuery } from "@/lib/core/case-list-query";
import styles from "./case-list.module.css";

/**
 * The order of the list. The first choice is the default (best match while searching, else the
 * latest stage) and sends nothing, so typing a search after browsing does not keep an order chosen
 * for browsing.
 */
export function SortControl({ query }: { query: CaseListQuery }) {
  const byDefault = defaultSort(query.q);
  const current = query.sort === byDefault ? "" : query.sort;
  return (
    <div className={styles.sort}>
      <label htmlFor="case-sort">Sort</label>
      <select id="case-sort" name="sort" defaultValue={current}>
        <option value="">{query.q ? "Best match first" : SORT_LABELS.recent}</option>
        {CASE_SORTS.filter((s) => s !== "relevance" && s !== byDefault).map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
      <button type="submit" className={styles.sortButton}>
        Sort
      </button>
    </div>
  );
}

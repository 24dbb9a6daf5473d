import { useTranslations } from "next-intl";
import { CASE_SORTS, defaultSort, type CaseListQuery } from "@/lib/core/case-list-query";
import styles from "./case-list.module.css";

/**
 * The order of the list. The first choice is the default (best match while searching, else the
 * latest stage) and sends nothing, so typing a search after browsing does not keep an order chosen
 * for browsing.
 */
export function SortControl({ query }: { query: CaseListQuery }) {
  const t = useTranslations("CaseList");
  const byDefault = defaultSort(query.q);
  const current = query.sort === byDefault ? "" : query.sort;
  return (
    <div className={styles.sort}>
      <label htmlFor="case-sort">{t("sortLabel")}</label>
      <select id="case-sort" name="sort" defaultValue={current}>
        <option value="">{query.q ? t("bestMatchFirst") : t("sort.recent")}</option>
        {CASE_SORTS.filter((s) => s !== "relevance" && s !== byDefault).map((s) => (
          <option key={s} value={s}>
            {t(`sort.${s}`)}
          </option>
        ))}
      </select>
      <button type="submit" className={styles.sortButton}>
        {t("sortLabel")}
      </button>
    </div>
  );
}

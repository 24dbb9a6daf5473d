import { useTranslations } from "next-intl";
import { MAX_SEARCH_LENGTH } from "@/lib/core/case-list-query";
import styles from "./case-list.module.css";

/** The search field: names in English or Ukrainian, case numbers, charges, and (signed in) notes. */
export function SearchBox({ value, signedIn }: { value: string; signedIn: boolean }) {
  const t = useTranslations("CaseList");
  return (
    <div className={styles.search}>
      <label htmlFor="case-search" className={styles.searchLabel}>
        {t("searchLabel")}
      </label>
      <p id="case-search-hint" className={styles.searchHint}>
        {signedIn ? t("searchHintSignedIn") : t("searchHint")}
      </p>
      <div className={styles.searchRow}>
        <input
          type="search"
          id="case-search"
          name="q"
          defaultValue={value}
          maxLength={MAX_SEARCH_LENGTH}
          aria-describedby="case-search-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit">{t("search")}</button>
      </div>
    </div>
  );
}

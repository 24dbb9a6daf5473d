import { MAX_SEARCH_LENGTH } from "@/lib/core/case-list-query";
import styles from "./case-list.module.css";

/** The search field: names in English or Ukrainian, case numbers, charges, and (signed in) notes. */
export function SearchBox({ value, signedIn }: { value: string; signedIn: boolean }) {
  return (
    <div className={styles.search}>
      <label htmlFor="case-search" className={styles.searchLabel}>
        Search cases
      </label>
      <p id="case-search-hint" className={styles.searchHint}>
        Names in English or Ukrainian, titles, case numbers, charges{signedIn ? " and the notes on cases" : ""}. The start of a
        word is enough: “Путі” finds “Путін”.{signedIn ? null : " Sign in to search notes too."}
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
        <button type="submit">Search</button>
      </div>
    </div>
  );
}

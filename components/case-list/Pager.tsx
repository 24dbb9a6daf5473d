import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import styles from "./case-list.module.css";

/** Keyset pages: "Next page" continues after the last case shown; "First page" starts again. */
export function Pager({ nextHref, firstHref }: { nextHref: string | null; firstHref: string | null }) {
  const t = useTranslations("CaseList");
  if (!nextHref && !firstHref) return null;
  return (
    <nav className={styles.pager} aria-label={t("pages")}>
      {firstHref ? (
        <Link href={firstHref} className="button-link-quiet" rel="first">
          {t("firstPage")}
        </Link>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Link href={nextHref} className="button-link" rel="next">
          {t("nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}

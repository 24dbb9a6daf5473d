import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { DemoBadge } from "@/components/DemoBadge";
import { DocumentMatchLine } from "@/components/DocumentMatchLine";
import { PartialDate } from "@/components/PartialDate";
import { labelsIn } from "@/lib/core/labels";
import type { CaseListRow } from "@/lib/core/views";
import styles from "./case-list.module.css";
import { ShownText } from "@/components/ShownText";
import { shownUserText } from "@/lib/core/user-translations";

/**
 * One case in the list: its number (or the plain fact that none is public), title, forum, the
 * accused in English and Ukrainian, what is charged, and the stage reached, dated only as
 * precisely as the source gives it.
 */
export function CaseRow({ item, signedIn }: { item: CaseListRow; signedIn: boolean }) {
  const t = useTranslations("CaseList");
  const locale = useLocale();
  const labels = labelsIn(locale);
  return (
    <li className={styles.row} data-case={item.slug}>
      <p className={styles.rowMeta}>
        {item.reference ? <code className={styles.reference}>{item.reference}</code> : <span className={styles.noReference}>{t("noReference")}</span>}
        <span aria-hidden="true"> · </span>
        <span title={item.forum.name}>{item.forum.shortName}</span>
        <span aria-hidden="true"> · </span>
        <span>{item.situation.name}</span>
        {item.isSynthetic ? (
          <>
            {" "}
            <DemoBadge />
          </>
        ) : null}
      </p>
      <h3 className={styles.rowTitle}>
        <Link href={`/cases/${item.slug}`}>
          <ShownText value={shownUserText(item.title, item.lang, item.translations, "title", locale)} />
        </Link>
      </h3>
      {item.accused.length > 0 ? (
        <p className={styles.accused}>
          <span className={styles.factLabel}>{t("accused")}</span>{" "}
          {item.accused.map((a, i) => (
            <span key={a.slug}>
              {i > 0 ? "; " : null}
              {a.name}
              {a.nameOriginal && a.nameOriginal !== a.name ? (
                <>
                  {" "}
                  (<span lang="uk">{a.nameOriginal}</span>)
                </>
              ) : null}
            </span>
          ))}
        </p>
      ) : null}
      <dl className={styles.facts}>
        <div>
          <dt>{t("stage")}</dt>
          <dd>
            {labels.caseStage[item.stage]}, <PartialDate value={item.stageOn} />
            {item.inAbsentia ? <span className={styles.absentia}>{t("inAbsentia")}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("opened")}</dt>
          <dd>
            <PartialDate value={item.openedOn} />
          </dd>
        </div>
        {item.crimes.length > 0 ? (
          <div>
            <dt>{t("charged")}</dt>
            <dd>{item.crimes.map((c) => c.name).join(", ")}</dd>
          </div>
        ) : null}
        {signedIn && item.annotationCount !== null ? (
          <div>
            <dt>{t("notes")}</dt>
            <dd>{item.annotationCount === 0 ? t("noNotes") : t("noteCount", { count: item.annotationCount })}</dd>
          </div>
        ) : null}
      </dl>
      {item.documentMatch ? <DocumentMatchLine match={item.documentMatch} /> : null}
      {item.matchedIn === "notes" ? <p className={styles.matchedInNotes}>{t("matchedInNotes")}</p> : null}
    </li>
  );
}

import { useLocale, useTranslations } from "next-intl";
import { PartialDate } from "@/components/PartialDate";
import { isoPartial, monthName, type PartialDate as PartialDateValue } from "@/lib/core/dates";
import { labelsIn } from "@/lib/core/labels";
import type { CaseStage } from "@/lib/core/views";
import styles from "./case.module.css";

/** A case's stage in words, with the date it was reached and "in absentia" when it applies. */
export function StageBadge({ stage, date, inAbsentia, showDate = true }: { stage: CaseStage; date?: PartialDateValue; inAbsentia?: boolean; showDate?: boolean }) {
  const t = useTranslations("Stages");
  const locale = useLocale();
  return (
    <span className={styles.stage}>
      <span className={`${styles.stageName}${stage === "CLOSED" ? ` ${styles.stageClosed}` : ""}`}>{labelsIn(locale).caseStage[stage]}</span>
      {inAbsentia ? <InAbsentiaBadge /> : null}
      {showDate && date ? (
        <span className={styles.stageDate}>
          {t("since")}{" "}
          {locale === "uk" && date.precision === "MONTH" ? (
            // "з жовтня 2024 р.": after "з" a month alone takes the genitive, as in a date.
            <time dateTime={isoPartial(date)}>{`${monthName(Number(date.date.slice(5, 7)), "uk", true)} ${date.date.slice(0, 4)} р.`}</time>
          ) : (
            <PartialDate value={date} />
          )}
        </span>
      ) : null}
    </span>
  );
}

export function InAbsentiaBadge() {
  const t = useTranslations("Stages");
  return (
    <span className={styles.absentia} title={t("inAbsentiaTitle")}>
      {t("inAbsentia")}
    </span>
  );
}

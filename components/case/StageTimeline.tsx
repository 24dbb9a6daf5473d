import { useLocale, useTranslations } from "next-intl";
import { PartialDate } from "@/components/PartialDate";
import { SourceCitation } from "@/components/SourceCitation";
import { labelsIn } from "@/lib/core/labels";
import { writtenIn } from "@/lib/core/translations";
import type { StageEntryView } from "@/lib/core/views";
import { InAbsentiaBadge } from "./StageBadge";
import styles from "./case.module.css";
import { formatDayMinute } from "@/lib/core/timestamps";

/**
 * The stages a case went through, in the order they were recorded (the last is the current one):
 * each with its date, "in absentia", the note saying why (going back, closing), its source, and
 * who recorded it when.
 */
export function StageTimeline({ stages, zone }: { stages: StageEntryView[]; zone: string }) {
  const t = useTranslations("Stages");
  const labels = labelsIn(useLocale());
  if (stages.length === 0) return <p className="muted">{t("noStage")}</p>;
  return (
    <ol className={styles.timeline}>
      {stages.map((s, i) => {
        const current = i === stages.length - 1;
        return (
          <li key={s.id} className={`${styles.entry}${current ? ` ${styles.entryCurrent}` : ""}`}>
            <h3 className={styles.entryHead}>
              <span>{labels.caseStage[s.stage]}</span>
              <span className={styles.stageDate}>
                <PartialDate value={s.date} />
              </span>
              {s.inAbsentia ? <InAbsentiaBadge /> : null}
              {current ? <span className={styles.currentLabel}>{t("currentStage")}</span> : null}
            </h3>
            {s.note ? (
              <p className={styles.entryNote}>
                <span className="citation-label">{t("note")}</span> <span lang={writtenIn(s.note)}>{s.note}</span>
              </p>
            ) : null}
            {s.citation ? <SourceCitation citation={s.citation} variant="brief" /> : null}
            <p className={styles.entryMeta}>
              {t.rich("recordedBy", {
                who: s.recordedBy ?? t("operator"),
                at: formatDayMinute(s.recordedAt, zone),
                time: (chunks) => <time dateTime={s.recordedAt.toISOString()}>{chunks}</time>,
              })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

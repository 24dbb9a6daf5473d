import { PartialDate } from "@/components/PartialDate";
import { SourceCitation } from "@/components/SourceCitation";
import { CASE_STAGE_LABELS } from "@/lib/core/labels";
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
  if (stages.length === 0) return <p className="muted">No stage has been recorded.</p>;
  return (
    <ol className={styles.timeline}>
      {stages.map((s, i) => {
        const current = i === stages.length - 1;
        return (
          <li key={s.id} className={`${styles.entry}${current ? ` ${styles.entryCurrent}` : ""}`}>
            <h3 className={styles.entryHead}>
              <span>{CASE_STAGE_LABELS[s.stage]}</span>
              <span className={styles.stageDate}>
                <PartialDate value={s.date} />
              </span>
              {s.inAbsentia ? <InAbsentiaBadge /> : null}
              {current ? <span className={styles.currentLabel}>(current stage)</span> : null}
            </h3>
            {s.note ? (
              <p className={styles.entryNote}>
                <span className="citation-label">Note:</span> {s.note}
              </p>
            ) : null}
            {s.citation ? <SourceCitation citation={s.citation} variant="brief" /> : null}
            <p className={styles.entryMeta}>
              Recorded by {s.recordedBy ?? "an operator or the reference data"} on <time dateTime={s.recordedAt.toISOString()}>{formatDayMinute(s.recordedAt, zone)}</time>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

import { PartialDate } from "@/components/PartialDate";
import type { PartialDate as PartialDateValue } from "@/lib/core/dates";
import { CASE_STAGE_LABELS } from "@/lib/core/labels";
import type { CaseStage } from "@/lib/core/views";
import styles from "./case.module.css";

/** A case's stage in words, with the date it was reached and "in absentia" when it applies. */
export function StageBadge({ stage, date, inAbsentia, showDate = true }: { stage: CaseStage; date?: PartialDateValue; inAbsentia?: boolean; showDate?: boolean }) {
  return (
    <span className={styles.stage}>
      <span className={`${styles.stageName}${stage === "CLOSED" ? ` ${styles.stageClosed}` : ""}`}>{CASE_STAGE_LABELS[stage]}</span>
      {inAbsentia ? <InAbsentiaBadge /> : null}
      {showDate && date ? (
        <span className={styles.stageDate}>
          since <PartialDate value={date} />
        </span>
      ) : null}
    </span>
  );
}

export function InAbsentiaBadge() {
  return (
    <span className={styles.absentia} title="Tried without the accused being present">
      In absentia
    </span>
  );
}

import { ASSESSMENT_LABELS, type Assessment } from "@/lib/core/annotation-input";
import styles from "./annotations.module.css";

const SYMBOLS: Record<Assessment, string> = { ADVANCING: "↗", STALLED: "‖", BLOCKED: "✕", CONCLUDED: "■" };
const CLASSES: Record<Assessment, string | undefined> = { ADVANCING: styles.advancing, STALLED: styles.stalled, BLOCKED: styles.blocked, CONCLUDED: styles.concluded };

/** "Assessment: ↗ Advancing" and "✓ Verified" / "Not verified": words, with colour as a second cue. */
export function NoteBadges({ assessment, verified }: { assessment: Assessment; verified: boolean }) {
  return (
    <p className={styles.badges}>
      <span>Assessment:</span>
      <span className={`badge ${CLASSES[assessment] ?? ""}`}>
        <span className="badge-symbol" aria-hidden="true">
          {SYMBOLS[assessment]}
        </span>
        <span>{ASSESSMENT_LABELS[assessment]}</span>
      </span>
      {verified ? (
        <span className={`badge ${styles.verified}`}>
          <span className="badge-symbol" aria-hidden="true">
            ✓
          </span>
          <span>Verified</span>
        </span>
      ) : (
        <span className={styles.unverified}>Not verified</span>
      )}
    </p>
  );
}

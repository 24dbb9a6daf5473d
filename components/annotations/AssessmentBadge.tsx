import { useTranslations } from "next-intl";
import type { Assessment } from "@/lib/core/annotation-input";
import { ASSESSMENT_KEYS } from "./assessment-keys";
import styles from "./annotations.module.css";

const SYMBOLS: Record<Assessment, string> = { ADVANCING: "↗", STALLED: "‖", BLOCKED: "✕", CONCLUDED: "■" };
const CLASSES: Record<Assessment, string | undefined> = { ADVANCING: styles.advancing, STALLED: styles.stalled, BLOCKED: styles.blocked, CONCLUDED: styles.concluded };

/** "Assessment: ↗ Advancing" and "✓ Verified" / "Not verified": words, with colour as a second cue. */
export function NoteBadges({ assessment, verified }: { assessment: Assessment; verified: boolean }) {
  const t = useTranslations("Annotations");
  return (
    <p className={styles.badges}>
      <span>{t("assessmentLabel")}</span>
      <span className={`badge ${CLASSES[assessment] ?? ""}`}>
        <span className="badge-symbol" aria-hidden="true">
          {SYMBOLS[assessment]}
        </span>
        <span>{t(`assessment.${ASSESSMENT_KEYS[assessment]}`)}</span>
      </span>
      {verified ? (
        <span className={`badge ${styles.verified}`}>
          <span className="badge-symbol" aria-hidden="true">
            ✓
          </span>
          <span>{t("verified")}</span>
        </span>
      ) : (
        <span className={styles.unverified}>{t("notVerified")}</span>
      )}
    </p>
  );
}

import type { Assessment } from "@/lib/core/annotation-input";

/** The catalogue keys ("Annotations.assessment.…", "Annotations.assessmentHint.…") of the assessments. */
export const ASSESSMENT_KEYS = { ADVANCING: "advancing", STALLED: "stalled", BLOCKED: "blocked", CONCLUDED: "concluded" } as const satisfies Record<Assessment, string>;

import type { FailedDuty, KnowledgeStandard } from "@/lib/core/case-input";

/** The catalogue keys ("Charges.knowledgeStandard.…", "Charges.failedDuty.…") of the charge enums. */
export const KNOWLEDGE_KEYS = { KNEW: "knew", SHOULD_HAVE_KNOWN: "shouldHaveKnown", CONSCIOUSLY_DISREGARDED: "consciouslyDisregarded" } as const satisfies Record<KnowledgeStandard, string>;
export const FAILED_DUTY_KEYS = { PREVENT: "prevent", REPRESS: "repress", SUBMIT_TO_AUTHORITIES: "submitToAuthorities" } as const satisfies Record<FailedDuty, string>;

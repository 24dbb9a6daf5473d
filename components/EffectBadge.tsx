import { useLocale, useTranslations } from "next-intl";
import { labelsIn } from "@/lib/core/labels";
import type { ValidityStatus } from "@/lib/core/rule-validity";
import type { RuleEffect } from "@/lib/core/views";

// A symbol as well as a colour and a word: the badge reads the same in greyscale or print.
const EFFECT_SYMBOLS: Record<RuleEffect, string> = { COVERS: "✓", CONDITIONAL: "?", EXCLUDES: "✕" };

export function EffectBadge({ effect }: { effect: RuleEffect }) {
  const labels = labelsIn(useLocale());
  return (
    <span className={`badge effect effect-${effect.toLowerCase()}`}>
      <span aria-hidden="true" className="badge-symbol">
        {EFFECT_SYMBOLS[effect]}
      </span>
      {labels.effect[effect]}
    </span>
  );
}

const STATUS_SYMBOLS: Record<ValidityStatus, string> = { IN_FORCE: "●", HISTORICAL: "○", NOT_YET: "◔", UNCERTAIN: "◑" };

// The words of rule-validity's STATUS_LABELS, in the page's language.
const VALIDITY_KEYS = { IN_FORCE: "inForce", HISTORICAL: "historical", NOT_YET: "notYet", UNCERTAIN: "uncertain" } as const;

export function StatusBadge({ status }: { status: ValidityStatus }) {
  const t = useTranslations("Shared.validity");
  return (
    <span className={`badge status status-${status.toLowerCase().replace("_", "-")}`}>
      <span aria-hidden="true" className="badge-symbol">
        {STATUS_SYMBOLS[status]}
      </span>
      {t(VALIDITY_KEYS[status])}
    </span>
  );
}

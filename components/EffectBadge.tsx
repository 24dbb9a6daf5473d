import { useLocale } from "next-intl";
import { labelsIn } from "@/lib/core/labels";
import { validityStatusLabels, type ValidityStatus } from "@/lib/core/rule-validity";
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

export function StatusBadge({ status }: { status: ValidityStatus }) {
  const labels = validityStatusLabels(useLocale());
  return (
    <span className={`badge status status-${status.toLowerCase().replace("_", "-")}`}>
      <span aria-hidden="true" className="badge-symbol">
        {STATUS_SYMBOLS[status]}
      </span>
      {labels[status]}
    </span>
  );
}

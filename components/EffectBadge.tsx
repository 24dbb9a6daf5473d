import { EFFECT_LABELS } from "@/lib/core/labels";
import { STATUS_LABELS, type ValidityStatus } from "@/lib/core/rule-validity";
import type { RuleEffect } from "@/lib/core/views";

// A symbol as well as a colour and a word: the badge reads the same in greyscale or print.
const EFFECT_SYMBOLS: Record<RuleEffect, string> = { COVERS: "✓", CONDITIONAL: "?", EXCLUDES: "✕" };

export function EffectBadge({ effect }: { effect: RuleEffect }) {
  return (
    <span className={`badge effect effect-${effect.toLowerCase()}`}>
      <span aria-hidden="true" className="badge-symbol">
        {EFFECT_SYMBOLS[effect]}
      </span>
      {EFFECT_LABELS[effect]}
    </span>
  );
}

const STATUS_SYMBOLS: Record<ValidityStatus, string> = { IN_FORCE: "●", HISTORICAL: "○", NOT_YET: "◔", UNCERTAIN: "◑" };

export function StatusBadge({ status }: { status: ValidityStatus }) {
  return (
    <span className={`badge status status-${status.toLowerCase().replace("_", "-")}`}>
      <span aria-hidden="true" className="badge-symbol">
        {STATUS_SYMBOLS[status]}
      </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

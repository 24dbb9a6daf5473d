import { useLocale, useTranslations } from "next-intl";
import type { Status } from "@/lib/core/jurisdiction";
import { labelsIn } from "@/lib/core/labels";

// The same colours and symbols as a rule's effect (EffectBadge): a forum that covers reads like a
// rule that covers. A word and a symbol as well as a colour, for greyscale, print and colour blindness.
// "No rule recorded" is the tracker's silence: a neutral grey dash, never the red of an exclusion.
export const STATUS_SYMBOLS: Record<Status, string> = { covers: "✓", conditional: "?", excluded: "✕", unknown: "–" };
const STATUS_CLASS: Record<Status, string> = { covers: "effect-covers", conditional: "effect-conditional", excluded: "effect-excludes", unknown: "effect-unknown" };

/** A forum's status for a profile: covers, conditional, excluded, or no rule recorded. */
export function ForumStatusBadge({ status, large = false }: { status: Status; large?: boolean }) {
  const labels = labelsIn(useLocale());
  return (
    <span className={`badge forum-status ${STATUS_CLASS[status]}${large ? " badge-large" : ""}`} data-status={status}>
      <span aria-hidden="true" className="badge-symbol">
        {STATUS_SYMBOLS[status]}
      </span>
      {labels.jurisdictionStatus[status]}
    </span>
  );
}

/** Marks a case category (a matrix row) that every forum excludes by a recorded rule. */
export function GapBadge() {
  const t = useTranslations("Shared.gap");
  return (
    <span className="badge gap-badge" title={t("title")}>
      <span aria-hidden="true" className="badge-symbol">
        ⚠
      </span>
      {t("label")}
    </span>
  );
}

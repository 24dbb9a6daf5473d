import { useLocale, useTranslations } from "next-intl";
import { CONDITION_KINDS, STATUSES } from "@/lib/core/jurisdiction";
import { labelsIn } from "@/lib/core/labels";
import { ForumStatusBadge, GapBadge } from "./ForumStatusBadge";

/**
 * What the four statuses mean, for the answer page and the matrix alike, and what a condition can
 * turn on. An impunity gap is only a category every forum excludes by a recorded rule.
 */
export function StatusLegend({ withGap = true, children }: { withGap?: boolean; children?: React.ReactNode }) {
  const t = useTranslations("Jurisdiction.legend");
  const labels = labelsIn(useLocale());
  return (
    <>
      <dl className="legend" aria-label={t("statuses")}>
        {STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <ForumStatusBadge status={status} />
            </dt>
            <dd>{labels.jurisdictionStatusExplanation[status]}</dd>
          </div>
        ))}
        {withGap ? (
          <div>
            <dt>
              <GapBadge />
            </dt>
            <dd>{t("gap")}</dd>
          </div>
        ) : null}
        {children}
      </dl>
      <h3 className="legend-heading" id="condition-kinds-heading">
        {t("conditionKinds")}
      </h3>
      <dl className="legend legend-conditions" aria-labelledby="condition-kinds-heading">
        {CONDITION_KINDS.map((kind) => (
          <div key={kind}>
            <dt>
              <span className="condition-kind-tag" data-kind={kind}>
                {labels.conditionKind[kind]}
              </span>
            </dt>
            <dd>{labels.conditionKindExplanation[kind]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

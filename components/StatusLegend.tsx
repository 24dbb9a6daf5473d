import { CONDITION_KINDS, STATUSES } from "@/lib/core/jurisdiction";
import { CONDITION_KIND_EXPLANATIONS, CONDITION_KIND_LABELS, JURISDICTION_STATUS_EXPLANATIONS } from "@/lib/core/labels";
import { ForumStatusBadge, GapBadge } from "./ForumStatusBadge";

/**
 * What the four statuses mean, for the answer page and the matrix alike, and what a condition can
 * turn on. An impunity gap is only a category every forum excludes by a recorded rule.
 */
export function StatusLegend({ withGap = true, children }: { withGap?: boolean; children?: React.ReactNode }) {
  return (
    <>
      <dl className="legend" aria-label="The statuses">
        {STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <ForumStatusBadge status={status} />
            </dt>
            <dd>{JURISDICTION_STATUS_EXPLANATIONS[status]}</dd>
          </div>
        ))}
        {withGap ? (
          <div>
            <dt>
              <GapBadge />
            </dt>
            <dd>
              An impunity gap: every forum is excluded by a recorded rule. A category where some forum has no rule recorded
              is not counted as a gap.
            </dd>
          </div>
        ) : null}
        {children}
      </dl>
      <h3 className="legend-heading" id="condition-kinds-heading">
        What a condition can turn on
      </h3>
      <dl className="legend legend-conditions" aria-labelledby="condition-kinds-heading">
        {CONDITION_KINDS.map((kind) => (
          <div key={kind}>
            <dt>
              <span className="condition-kind-tag" data-kind={kind}>
                {CONDITION_KIND_LABELS[kind]}
              </span>
            </dt>
            <dd>{CONDITION_KIND_EXPLANATIONS[kind]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

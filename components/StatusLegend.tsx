import { STATUSES } from "@/lib/core/jurisdiction";
import { JURISDICTION_STATUS_EXPLANATIONS } from "@/lib/core/labels";
import { ForumStatusBadge, GapBadge } from "./ForumStatusBadge";

/** What the statuses mean, for the answer page and the matrix alike. */
export function StatusLegend({ withGap = true, children }: { withGap?: boolean; children?: React.ReactNode }) {
  return (
    <dl className="legend">
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
            An impunity gap: no forum covers the case category outright. Some forums may still cover it conditionally;
            the row says so.
          </dd>
        </div>
      ) : null}
      {children}
    </dl>
  );
}

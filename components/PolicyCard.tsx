import { Link } from "@/lib/i18n/navigation";
import { listOrAny } from "@/lib/core/labels";
import { POLICY_KIND_LABELS } from "@/lib/core/policy";
import type { PolicyView } from "@/lib/core/views";
import { SourceCitation } from "./SourceCitation";

/**
 * One complementarity policy: who should take which cases, as its proponent states it. Labelled
 * "Policy, not jurisdiction" on every card, so it is never read as a rule: it changes no answer.
 * `showForum` names the forum it sends the cases to, for pages that list several forums' policies.
 */
export function PolicyCard({ policy, showForum = false, headingLevel = 3 }: { policy: PolicyView; showForum?: boolean; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article className={`policy-card policy-${policy.kind.toLowerCase()}`} id={`policy-${policy.slug}`}>
      <header>
        <p className="badges">
          <span className="badge policy-badge">Policy, not jurisdiction</span> <span className="policy-kind">{POLICY_KIND_LABELS[policy.kind]}</span>
        </p>
        <Heading className="policy-proposer">
          {showForum ? (
            <>
              {policy.forum ? <Link href={`/forums/${policy.forum.slug}`}>{policy.forum.name}</Link> : "Every forum"}
              {": "}
            </>
          ) : null}
          Stated by {policy.proposedBy}
        </Heading>
      </header>
      <p className="policy-statement">{policy.statement}</p>
      <dl className="facts facts-inline policy-scope">
        <div>
          <dt>Situation</dt>
          <dd>{policy.situation ? policy.situation.name : "Every situation"}</dd>
        </div>
        <div>
          <dt>Crimes</dt>
          <dd>{policy.crimes.length === 0 ? "any crime" : listOrAny(policy.crimes)}</dd>
        </div>
        <div>
          <dt>Kind of accused</dt>
          <dd>{listOrAny(policy.accusedKinds)}</dd>
        </div>
        <div>
          <dt>Level of responsibility</dt>
          <dd>{listOrAny(policy.levels)}</dd>
        </div>
      </dl>
      <SourceCitation citation={policy.citation} />
    </article>
  );
}

import { Link } from "@/lib/i18n/navigation";
import type { Reason } from "@/lib/core/jurisdiction";
import { CONDITION_KIND_LABELS, provisionLabel, provisionTitle } from "@/lib/core/labels";
import type { RuleView } from "@/lib/core/views";
import { EffectBadge } from "./EffectBadge";
import { PartialDate } from "./PartialDate";
import { SourceCitation } from "./SourceCitation";

/** The provision's official text, linked when the tracker records where it is. */
function ProvisionLink({ provision, children }: { provision: Reason["provision"]; children: React.ReactNode }) {
  return provision?.url ? (
    <a href={provision.url} rel="noreferrer external" className="provision-link">
      {children}
      <span className="visually-hidden"> (official text)</span>
    </a>
  ) : (
    <>{children}</>
  );
}

/**
 * One reason behind a forum's status for a profile: the rule in words, its condition and what it
 * turns on, whether its date is uncertain on the day asked about, its validity, the conduct it
 * reaches, the provision it rests on (linked to the official text when recorded) and the source
 * with the passage. `rule` is the rule as the pages show it (provision summary, full citation);
 * `forum` is for "no rule recorded", which links to every rule the forum has.
 */
export function ReasonCard({ reason, rule, forum }: { reason: Reason; rule: RuleView | undefined; forum: { slug: string; name: string } }) {
  if (reason.rule === null || reason.effect === null) {
    return (
      <div className="reason reason-none">
        <p className="reason-title">No rule recorded</p>
        <p>
          The tracker holds no jurisdiction rule of this forum that reaches this profile and this conduct on this date.
          That is the tracker’s silence, not a finding that the forum lacks jurisdiction; it is not counted as an impunity
          gap. <Link href={`/forums/${forum.slug}`}>Every rule recorded for the {forum.name}</Link>.
        </p>
      </div>
    );
  }
  return (
    <article className={`reason reason-${reason.effect.toLowerCase()}`} id={`reason-${forum.slug}-${reason.rule}`}>
      <p className="reason-title">
        <EffectBadge effect={reason.effect} />{" "}
        {rule ? (
          <Link href={`/forums/${forum.slug}#rule-${reason.rule}`}>{provisionTitle(rule.provision)}</Link>
        ) : (
          <span>{reason.provision?.label}</span>
        )}
      </p>
      <p className="reason-summary">{reason.summary}</p>
      {reason.condition ? (
        <p className="rule-condition">
          <strong>Condition</strong>
          {reason.conditionKind ? <span className="reason-condition-kind"> ({CONDITION_KIND_LABELS[reason.conditionKind].toLowerCase()})</span> : null}
          <strong>:</strong> {reason.condition}
        </p>
      ) : null}
      {reason.uncertainDate ? (
        <p className="rule-condition">
          <strong>Date uncertain</strong>
          <span className="reason-condition-kind"> ({CONDITION_KIND_LABELS.DATE_PRECISION.toLowerCase()})</span>
          <strong>:</strong> {reason.uncertainDate}. The date asked about falls inside that period, so the rule may or may
          not apply.
        </p>
      ) : null}
      <dl className="reason-facts">
        <div>
          <dt>Validity</dt>
          <dd>
            {reason.validity}
            {rule?.openedBy ? (
              <>
                {" "}
                (opened by <Link href={`/milestones/${rule.openedBy.slug}`}>{rule.openedBy.title}</Link>,{" "}
                <PartialDate value={rule.openedBy.date} />)
              </>
            ) : null}
            {rule?.closedBy ? (
              <>
                {" "}
                (closed by <Link href={`/milestones/${rule.closedBy.slug}`}>{rule.closedBy.title}</Link>,{" "}
                <PartialDate value={rule.closedBy.date} />)
              </>
            ) : null}
          </dd>
        </div>
        {reason.conduct ? (
          <div>
            <dt>Conduct reached</dt>
            <dd className="reason-conduct">{reason.conduct}</dd>
          </div>
        ) : null}
        <div className="reason-provision">
          <dt>Provision</dt>
          <dd>
            {rule ? (
              <>
                <span className="provision-name">
                  <ProvisionLink provision={reason.provision}>
                    {provisionLabel(rule.provision)} — {rule.provision.heading}
                  </ProvisionLink>
                </span>
                <span className="provision-summary">{rule.provision.summary}</span>
              </>
            ) : (
              <ProvisionLink provision={reason.provision}>{reason.provision?.label}</ProvisionLink>
            )}
          </dd>
        </div>
      </dl>
      {rule ? (
        <SourceCitation citation={rule.citation} />
      ) : reason.source ? (
        <div className="citation">
          <p className="citation-line">
            <span className="citation-label">Source:</span> <cite>{reason.source.title}</cite>
          </p>
          {reason.source.locator ? (
            <p className="citation-locator">
              <span className="citation-label">Passage:</span> {reason.source.locator}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

import Link from "next/link";
import type { Reason } from "@/lib/core/jurisdiction";
import { provisionLabel, provisionTitle } from "@/lib/core/labels";
import type { RuleView } from "@/lib/core/views";
import { EffectBadge } from "./EffectBadge";
import { PartialDate } from "./PartialDate";
import { SourceCitation } from "./SourceCitation";

/**
 * One reason behind a forum's status for a profile: the rule in words, its condition, whether its
 * date is uncertain on the day asked about, its validity, the provision it rests on and the source
 * with the passage. `rule` is the rule as the pages show it (provision summary, full citation);
 * `forum` is for "no applicable rule", which links to every rule the forum has.
 */
export function ReasonCard({ reason, rule, forum }: { reason: Reason; rule: RuleView | undefined; forum: { slug: string; name: string } }) {
  if (reason.rule === null || reason.effect === null) {
    return (
      <div className="reason reason-none">
        <p className="reason-title">No applicable rule</p>
        <p>
          No jurisdiction rule of this forum reaches this profile on this date, so the forum has no recorded basis to
          act. <Link href={`/forums/${forum.slug}`}>Every rule recorded for the {forum.name}</Link>.
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
          <strong>Condition:</strong> {reason.condition}
        </p>
      ) : null}
      {reason.uncertainDate ? (
        <p className="rule-condition">
          <strong>Date uncertain:</strong> {reason.uncertainDate}. The source gives this date only to the month or year,
          and the date asked about falls inside that period: the rule may or may not apply yet on that day.
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
        <div>
          <dt>Provision</dt>
          <dd>
            {rule ? (
              <>
                <span className="provision-name">
                  {provisionLabel(rule.provision)} — {rule.provision.heading}
                </span>
                <span className="provision-summary">{rule.provision.summary}</span>
              </>
            ) : (
              reason.provision?.label
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

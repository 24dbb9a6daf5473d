import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Reason } from "@/lib/core/jurisdiction";
import { labelsIn, provisionLabel, provisionTitle } from "@/lib/core/labels";
import type { RuleView } from "@/lib/core/views";
import { EffectBadge } from "./EffectBadge";
import { PartialDate } from "./PartialDate";
import { ShownText } from "./ShownText";
import { SourceCitation } from "./SourceCitation";

/** The provision's official text, linked when the tracker records where it is. */
function ProvisionLink({ provision, children }: { provision: Reason["provision"]; children: React.ReactNode }) {
  const t = useTranslations("Jurisdiction.reason");
  return provision?.url ? (
    <a href={provision.url} rel="noreferrer external" className="provision-link">
      {children}
      <span className="visually-hidden"> {t("officialText")}</span>
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
  const t = useTranslations("Jurisdiction.reason");
  const locale = useLocale();
  const labels = labelsIn(locale);
  if (reason.rule === null || reason.effect === null) {
    return (
      <div className="reason reason-none">
        <p className="reason-title">{t("noRule")}</p>
        <p>{t.rich("noRuleText", { forum: forum.name, link: (chunks) => <Link href={`/forums/${forum.slug}`}>{chunks}</Link> })}</p>
      </div>
    );
  }
  // The engine writes a rule's validity and reach in the page's language (the page asks it in that language).
  const { validity, conduct } = reason;
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
          <strong>{t("condition")}</strong>
          {reason.conditionKind ? <span className="reason-condition-kind"> ({labels.conditionKind[reason.conditionKind].toLowerCase()})</span> : null}
          <strong>:</strong> {reason.condition}
        </p>
      ) : null}
      {reason.uncertainDate ? (
        <p className="rule-condition">
          <strong>{t("dateUncertain")}</strong>
          <span className="reason-condition-kind"> ({labels.conditionKind.DATE_PRECISION.toLowerCase()})</span>
          <strong>:</strong> {t("uncertainText", { date: reason.uncertainDate })}
        </p>
      ) : null}
      <dl className="reason-facts">
        <div>
          <dt>{t("validity")}</dt>
          <dd>
            {validity}
            {rule?.openedBy ? (
              <>
                {" "}
                {t.rich("openedBy", {
                  title: rule.openedBy.title,
                  link: (chunks) => <Link href={`/milestones/${rule.openedBy!.slug}`} className="rule-milestone">{rule.openedBy!.shown ? <ShownText value={rule.openedBy!.shown} /> : chunks}</Link>,
                  date: () => <PartialDate value={rule.openedBy!.date} />,
                })}
              </>
            ) : null}
            {rule?.closedBy ? (
              <>
                {" "}
                {t.rich("closedBy", {
                  title: rule.closedBy.title,
                  link: (chunks) => <Link href={`/milestones/${rule.closedBy!.slug}`} className="rule-milestone">{rule.closedBy!.shown ? <ShownText value={rule.closedBy!.shown} /> : chunks}</Link>,
                  date: () => <PartialDate value={rule.closedBy!.date} />,
                })}
              </>
            ) : null}
          </dd>
        </div>
        {conduct ? (
          <div>
            <dt>{t("conductReached")}</dt>
            <dd className="reason-conduct">{conduct}</dd>
          </div>
        ) : null}
        <div className="reason-provision">
          <dt>{t("provision")}</dt>
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
            <span className="citation-label">{t("source")}</span> <cite>{reason.source.title}</cite>
          </p>
          {reason.source.locator ? (
            <p className="citation-locator">
              <span className="citation-label">{t("passage")}</span> {reason.source.locator}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

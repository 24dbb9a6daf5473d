import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { describeConduct } from "@/lib/core/jurisdiction";
import { labelsIn, listOrAny, provisionLabel, provisionTitle } from "@/lib/core/labels";
import { describeValidity } from "@/lib/core/rule-validity";
import type { MilestoneRef, RuleView } from "@/lib/core/views";
import { EffectBadge, StatusBadge } from "./EffectBadge";
import { PartialDate } from "./PartialDate";
import { ShownText } from "./ShownText";
import { SourceCitation } from "./SourceCitation";

function MilestoneLink({ label, milestone }: { label: string; milestone: MilestoneRef }) {
  return (
    <>
      {" "}
      ({label}{" "}
      {/* In the page's language where the page has set it; else as written, marked with its language. */}
      <Link href={`/milestones/${milestone.slug}`} className="rule-milestone">{milestone.shown ? <ShownText value={milestone.shown} /> : milestone.title}</Link>, <PartialDate value={milestone.date} />)
    </>
  );
}

/** A provision named, linked to its official text where one is recorded (never a guessed address). */
export function ProvisionName({ name, url }: { name: string; url: string | null }) {
  const t = useTranslations("Jurisdiction.rule");
  return url ? (
    <span className="provision-name">
      <a href={url} rel="noreferrer external">
        {name}
      </a>{" "}
      <span className="provision-official">{t("officialText")}</span>
    </span>
  ) : (
    <span className="provision-name">{name}</span>
  );
}

/**
 * One jurisdiction rule, explained: its effect and whether it is in force today, what it says,
 * its condition and what the condition turns on, its scope ("any" where a list is empty), its
 * validity, the conduct it reaches, the provision it rests on (linked to its official text) and
 * its source. `showForum` names and links the forum, for pages that list several forums' rules.
 */
export function RuleCard({
  rule,
  showForum = false,
  headingLevel = 3,
  currentMilestone,
  editHref,
  historyLink = true,
}: {
  rule: RuleView;
  showForum?: boolean;
  headingLevel?: 3 | 4;
  /** On a milestone's own page, the rule's link back to that milestone is left out. */
  currentMilestone?: string;
  /** For administrators: where to change the rule. Left out for everyone else. */
  editHref?: string;
  /** False on the rule's own history page. */
  historyLink?: boolean;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const t = useTranslations("Jurisdiction.rule");
  const locale = useLocale();
  return (
    <article className={`rule-card rule-${rule.effect.toLowerCase()} rule-status-${rule.status.toLowerCase().replace("_", "-")}`} id={`rule-${rule.slug}`}>
      <header className="rule-head">
        <div className="badges">
          <EffectBadge effect={rule.effect} />
          <StatusBadge status={rule.status} />
        </div>
        <Heading className="rule-title">
          {showForum ? (
            <>
              <Link href={`/forums/${rule.forum.slug}#rule-${rule.slug}`}>{rule.forum.name}</Link>
              {": "}
            </>
          ) : null}
          {provisionTitle(rule.provision)}
          <span className="rule-situation"> · {rule.situation ? t("situation", { name: rule.situation.name }) : t("everySituation")}</span>
        </Heading>
      </header>
      <p className="rule-summary">{rule.summary}</p>
      {rule.effect === "CONDITIONAL" && rule.condition ? (
        <p className="rule-condition">
          <strong>{t("condition")}</strong> {rule.condition}
          {rule.conditionKind ? (
            <span className="condition-kind">
              <strong>{t("conditionKind")}</strong> {labelsIn(locale).conditionKind[rule.conditionKind]}
            </span>
          ) : null}
        </p>
      ) : null}
      <dl className="rule-facts">
        <div>
          <dt>{t("crimes")}</dt>
          <dd>{rule.crimes.length === 0 ? t("anyCrime") : listOrAny(rule.crimes, locale)}</dd>
        </div>
        <div>
          <dt>{t("accusedKind")}</dt>
          <dd>{listOrAny(rule.accusedKinds, locale)}</dd>
        </div>
        <div>
          <dt>{t("level")}</dt>
          <dd>{listOrAny(rule.levels, locale)}</dd>
        </div>
        <div>
          <dt>{t("mode")}</dt>
          <dd>{listOrAny(rule.modes, locale)}</dd>
        </div>
        <div className="rule-fact-wide">
          <dt>{t("validity")}</dt>
          <dd>
            {describeValidity(rule.validity, locale)}
            {rule.openedBy && rule.openedBy.slug !== currentMilestone ? <MilestoneLink label={t("openedBy")} milestone={rule.openedBy} /> : null}
            {rule.closedBy && rule.closedBy.slug !== currentMilestone ? <MilestoneLink label={t("closedBy")} milestone={rule.closedBy} /> : null}
          </dd>
        </div>
        <div className="rule-fact-wide">
          <dt>{t("conductReached")}</dt>
          <dd>{describeConduct({ conductFrom: rule.conduct.from, conductTo: rule.conduct.to }, locale) ?? t("anyConduct")}</dd>
        </div>
        <div className="rule-fact-wide">
          <dt>{t("provision")}</dt>
          <dd>
            <ProvisionName name={`${provisionLabel(rule.provision)} — ${rule.provision.heading}`} url={rule.provision.url} />
            <span className="provision-summary">{rule.provision.summary}</span>
          </dd>
        </div>
      </dl>
      <SourceCitation citation={rule.citation} />
      {historyLink || editHref ? (
        <p className="small rule-edit">
          {historyLink ? <Link href={`/rules/${rule.slug}/history`}>{t("history")}</Link> : null}
          {historyLink && editHref ? " · " : null}
          {editHref ? <Link href={editHref}>{t("edit")}</Link> : null}
        </p>
      ) : null}
    </article>
  );
}

import { Link } from "@/lib/i18n/navigation";
import { describeConduct } from "@/lib/core/jurisdiction";
import { CONDITION_KIND_LABELS, listOrAny, provisionLabel, provisionTitle } from "@/lib/core/labels";
import { describeValidity } from "@/lib/core/rule-validity";
import type { MilestoneRef, RuleView } from "@/lib/core/views";
import { EffectBadge, StatusBadge } from "./EffectBadge";
import { PartialDate } from "./PartialDate";
import { SourceCitation } from "./SourceCitation";

function MilestoneLink({ label, milestone }: { label: string; milestone: MilestoneRef }) {
  return (
    <>
      {" "}
      ({label}{" "}
      <Link href={`/milestones/${milestone.slug}`}>{milestone.title}</Link>, <PartialDate value={milestone.date} />)
    </>
  );
}

/** A provision named, linked to its official text where one is recorded (never a guessed address). */
export function ProvisionName({ name, url }: { name: string; url: string | null }) {
  return url ? (
    <span className="provision-name">
      <a href={url} rel="noreferrer external">
        {name}
      </a>{" "}
      <span className="provision-official">(official text)</span>
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
          <span className="rule-situation"> · {rule.situation ? `Situation: ${rule.situation.name}` : "Every situation"}</span>
        </Heading>
      </header>
      <p className="rule-summary">{rule.summary}</p>
      {rule.effect === "CONDITIONAL" && rule.condition ? (
        <p className="rule-condition">
          <strong>Condition:</strong> {rule.condition}
          {rule.conditionKind ? (
            <span className="condition-kind">
              <strong>Kind of condition:</strong> {CONDITION_KIND_LABELS[rule.conditionKind]}
            </span>
          ) : null}
        </p>
      ) : null}
      <dl className="rule-facts">
        <div>
          <dt>Crimes</dt>
          <dd>{rule.crimes.length === 0 ? "any crime" : listOrAny(rule.crimes)}</dd>
        </div>
        <div>
          <dt>Kind of accused</dt>
          <dd>{listOrAny(rule.accusedKinds)}</dd>
        </div>
        <div>
          <dt>Level of responsibility</dt>
          <dd>{listOrAny(rule.levels)}</dd>
        </div>
        <div>
          <dt>Mode of liability</dt>
          <dd>{listOrAny(rule.modes)}</dd>
        </div>
        <div className="rule-fact-wide">
          <dt>Validity</dt>
          <dd>
            {describeValidity(rule.validity)}
            {rule.openedBy && rule.openedBy.slug !== currentMilestone ? <MilestoneLink label="opened by" milestone={rule.openedBy} /> : null}
            {rule.closedBy && rule.closedBy.slug !== currentMilestone ? <MilestoneLink label="closed by" milestone={rule.closedBy} /> : null}
          </dd>
        </div>
        <div className="rule-fact-wide">
          <dt>Conduct reached</dt>
          <dd>{describeConduct({ conductFrom: rule.conduct.from, conductTo: rule.conduct.to }) ?? "Conduct at any time: the rule records no limit"}</dd>
        </div>
        <div className="rule-fact-wide">
          <dt>Provision</dt>
          <dd>
            <ProvisionName name={`${provisionLabel(rule.provision)} — ${rule.provision.heading}`} url={rule.provision.url} />
            <span className="provision-summary">{rule.provision.summary}</span>
          </dd>
        </div>
      </dl>
      <SourceCitation citation={rule.citation} />
      {historyLink || editHref ? (
        <p className="small rule-edit">
          {historyLink ? <Link href={`/rules/${rule.slug}/history`}>History of this rule</Link> : null}
          {historyLink && editHref ? " · " : null}
          {editHref ? <Link href={editHref}>Edit this rule</Link> : null}
        </p>
      ) : null}
    </article>
  );
}

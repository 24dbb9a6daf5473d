import Link from "next/link";
import { listOrAny, provisionLabel, provisionTitle } from "@/lib/core/labels";
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

/**
 * One jurisdiction rule, explained: its effect and whether it is in force today, what it says,
 * its condition, its scope ("any" where a list is empty), its validity, the provision it rests on
 * and its source. `showForum` names and links the forum, for pages that list several forums' rules.
 */
export function RuleCard({
  rule,
  showForum = false,
  headingLevel = 3,
  currentMilestone,
  editHref,
}: {
  rule: RuleView;
  showForum?: boolean;
  headingLevel?: 3 | 4;
  /** On a milestone's own page, the rule's link back to that milestone is left out. */
  currentMilestone?: string;
  /** For administrators: where to change the rule. Left out for everyone else. */
  editHref?: string;
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
        <div>
          <dt>Validity</dt>
          <dd>
            {describeValidity(rule.validity)}
            {rule.openedBy && rule.openedBy.slug !== currentMilestone ? <MilestoneLink label="opened by" milestone={rule.openedBy} /> : null}
            {rule.closedBy && rule.closedBy.slug !== currentMilestone ? <MilestoneLink label="closed by" milestone={rule.closedBy} /> : null}
          </dd>
        </div>
        <div>
          <dt>Provision</dt>
          <dd>
            <span className="provision-name">
              {provisionLabel(rule.provision)} — {rule.provision.heading}
            </span>
            <span className="provision-summary">{rule.provision.summary}</span>
          </dd>
        </div>
      </dl>
      <SourceCitation citation={rule.citation} />
      <p className="small rule-edit">
        <Link href={`/rules/${rule.slug}/history`}>History of this rule</Link>
        {editHref ? (
          <>
            {" · "}
            <Link href={editHref}>Edit this rule</Link>
          </>
        ) : null}
      </p>
    </article>
  );
}

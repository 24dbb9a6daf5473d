import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { PartialDate } from "@/components/PartialDate";
import { RuleCard } from "@/components/RuleCard";
import { SourceCitation } from "@/components/SourceCitation";
import { isoToday } from "@/lib/core/dates";
import { byEffect, provisionTitle, scopeSummary } from "@/lib/core/labels";
import type { ValidityStatus } from "@/lib/core/rule-validity";
import { getCrime } from "@/lib/server/queries/crimes";

type Props = { params: Promise<{ slug: string }> };

// The order a reader needs them: what holds today first, history last.
const STATUS_GROUPS: { statuses: ValidityStatus[]; heading: string; note: string }[] = [
  { statuses: ["IN_FORCE", "UNCERTAIN"], heading: "In force today", note: "" },
  { statuses: ["NOT_YET"], heading: "Not yet in force", note: "Recorded rules whose validity starts after today." },
  {
    statuses: ["HISTORICAL"],
    heading: "No longer in force (historical)",
    note: "Rules whose validity ended before today; they still answer questions about conduct and proceedings of their time.",
  },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const crime = await getCrime((await params).slug, isoToday(new Date()));
  return { title: crime ? crime.name : "Crime not found" };
}

export default async function CrimePage({ params }: Props) {
  const { slug } = await params;
  const today = isoToday(new Date());
  const crime = await getCrime(slug, today);
  if (!crime) notFound();

  return (
    <>
      <Breadcrumbs trail={[{ href: "/crimes", label: "Crimes" }, { label: crime.name }]} />
      <p className="eyebrow">Crime</p>
      <h1>{crime.name}</h1>
      <p className="lead">{crime.description}</p>
      <SourceCitation citation={crime.citation} />

      <section aria-labelledby="glance-heading" className="section">
        <h2 id="glance-heading">Which forums, at a glance</h2>
        <p>
          The rules in force today, <PartialDate value={{ date: today, precision: "DAY" }} />, with the scope each is
          limited to. Follow a provision to the full rule, its validity and its source.
        </p>
        <ul className="glance-list">
          {crime.forums.map(({ forum, rules }) => {
            const inForce = byEffect(rules.filter((r) => r.status === "IN_FORCE" || r.status === "UNCERTAIN"));
            return (
              <li key={forum.slug}>
                <a href={`#forum-${forum.slug}`} className="glance-forum">
                  {forum.name}
                </a>
                {inForce.length === 0 ? (
                  <span className="muted">No rule in force</span>
                ) : (
                  <ul className="glance-rules">
                    {inForce.map((rule) => (
                      <li key={rule.slug}>
                        <EffectBadge effect={rule.effect} />{" "}
                        <a href={`#rule-${rule.slug}`}>{provisionTitle(rule.provision)}</a>{" "}
                        <span className="muted">— {scopeSummary(rule)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
        <p className="muted">
          Listed for each forum: the rules that name this crime, and the rules that name no crime and so apply to every
          crime (such as the ICC’s rule that it tries natural persons only). This is a list of recorded rules, not a
          jurisdiction finding.
        </p>
      </section>

      {crime.forums.map(({ forum, rules }) => (
        <section key={forum.slug} aria-labelledby={`forum-${forum.slug}`} className="section forum-section">
          <h2 id={`forum-${forum.slug}`}>
            <Link href={`/forums/${forum.slug}`}>{forum.name}</Link>
          </h2>
          {rules.length === 0 ? (
            <p>
              No rule recorded for this forum applies to {crime.name.toLowerCase()}. That is not a finding that the forum
              lacks jurisdiction, only that the tracker holds no rule on it.
            </p>
          ) : (
            <>
              <p className="muted">
                {rules.length === 1 ? "1 rule applies" : `${rules.length} rules apply`} to this crime.
              </p>
              {STATUS_GROUPS.map((group) => {
                const inGroup = byEffect(rules.filter((r) => group.statuses.includes(r.status)));
                if (inGroup.length === 0) return null;
                return (
                  <div key={group.heading} className={`status-group status-group-${group.statuses[0]!.toLowerCase().replace("_", "-")}`}>
                    <h3>{group.heading}</h3>
                    {group.note ? <p className="muted">{group.note}</p> : null}
                    <div className="rule-stack">
                      {inGroup.map((rule) => (
                        <RuleCard key={rule.slug} rule={rule} headingLevel={4} />
                      ))}
                    </div>
                  </div>
                );
              })}
            </>
          )}
        </section>
      ))}
    </>
  );
}

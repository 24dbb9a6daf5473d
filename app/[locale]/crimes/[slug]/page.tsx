import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { PartialDate } from "@/components/PartialDate";
import { RuleCard } from "@/components/RuleCard";
import { SourceCitation } from "@/components/SourceCitation";
import { isoToday } from "@/lib/core/dates";
import { byEffect, provisionTitle, scopeSummary } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import type { ValidityStatus } from "@/lib/core/rule-validity";
import { getCrime } from "@/lib/server/queries/crimes";

type Props = { params: Promise<{ slug: string }> };

// The order a reader needs them: what holds today first, history last.
// Headings and notes are keys of the Crimes catalogue.
const STATUS_GROUPS = [
  { statuses: ["IN_FORCE", "UNCERTAIN"], heading: "inForce", note: null },
  { statuses: ["NOT_YET"], heading: "notYet", note: "notYetNote" },
  { statuses: ["HISTORICAL"], heading: "historical", note: "historicalNote" },
] as const satisfies readonly { statuses: readonly ValidityStatus[]; heading: string; note: string | null }[];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const crime = await getCrime((await params).slug, isoToday(new Date()));
  return { title: crime ? crime.name : (await getTranslations("Crimes"))("notFound") };
}

export default async function CrimePage({ params }: Props) {
  const { slug } = await params;
  const today = isoToday(new Date());
  const crime = await getCrime(slug, today);
  if (!crime) notFound();
  const [t, locale] = await Promise.all([getTranslations("Crimes"), getLocale() as Promise<Locale>]);

  return (
    <>
      <Breadcrumbs trail={[{ href: "/crimes", label: t("title") }, { label: crime.name }]} />
      <p className="eyebrow">{t("crime")}</p>
      <h1>{crime.name}</h1>
      <p className="lead">{crime.description}</p>
      <SourceCitation citation={crime.citation} />

      <section aria-labelledby="glance-heading" className="section">
        <h2 id="glance-heading">{t("glance")}</h2>
        <p>{t.rich("glanceText", { today: () => <PartialDate value={{ date: today, precision: "DAY" }} /> })}</p>
        <ul className="glance-list">
          {crime.forums.map(({ forum, rules }) => {
            const inForce = byEffect(rules.filter((r) => r.status === "IN_FORCE" || r.status === "UNCERTAIN"));
            return (
              <li key={forum.slug}>
                <a href={`#forum-${forum.slug}`} className="glance-forum">
                  {forum.name}
                </a>
                {inForce.length === 0 ? (
                  <span className="muted">{t("noRuleInForce")}</span>
                ) : (
                  <ul className="glance-rules">
                    {inForce.map((rule) => (
                      <li key={rule.slug}>
                        <EffectBadge effect={rule.effect} />{" "}
                        <a href={`#rule-${rule.slug}`}>{provisionTitle(rule.provision)}</a>{" "}
                        <span className="muted">— {scopeSummary(rule, locale)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
        <p className="muted">{t("glanceNote")}</p>
      </section>

      {crime.forums.map(({ forum, rules }) => (
        <section key={forum.slug} aria-labelledby={`forum-${forum.slug}`} className="section forum-section">
          <h2 id={`forum-${forum.slug}`}>
            <Link href={`/forums/${forum.slug}`}>{forum.name}</Link>
          </h2>
          {rules.length === 0 ? (
            <p>{t("noRuleForForum", { crime: crime.name.toLowerCase() })}</p>
          ) : (
            <>
              <p className="muted">{t("rulesApply", { count: rules.length })}</p>
              {STATUS_GROUPS.map((group) => {
                const inGroup = byEffect(rules.filter((r) => (group.statuses as readonly ValidityStatus[]).includes(r.status)));
                if (inGroup.length === 0) return null;
                return (
                  <div key={group.heading} className={`status-group status-group-${group.statuses[0]!.toLowerCase().replace("_", "-")}`}>
                    <h3>{t(group.heading)}</h3>
                    {group.note ? <p className="muted">{t(group.note)}</p> : null}
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

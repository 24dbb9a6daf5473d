import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EffectBadge } from "@/components/EffectBadge";
import { PartialDate } from "@/components/PartialDate";
import { RuleCard } from "@/components/RuleCard";
import { EditTranslationLink } from "@/components/EditTranslationLink";
import { ShownText, TextOrigin } from "@/components/ShownText";
import { editorOf } from "@/lib/web/translation-links";
import { TRANSLATION_LOCALES } from "@/lib/core/translation-input";
import { isAdmin } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { SourceCitation } from "@/components/SourceCitation";
import { isoToday } from "@/lib/core/dates";
import { byEffect, provisionTitle, scopeSummary } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import type { ValidityStatus } from "@/lib/core/rule-validity";
import { plainShown, type ShownText as ShownTextValue } from "@/lib/core/translations";
import { getCrime } from "@/lib/server/queries/crimes";
import { shownBySlug } from "@/lib/server/translations";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { ruleViewIn } from "@/lib/core/names-in";
import { ruleMilestoneTitlesIn } from "@/lib/server/queries/rule-milestones";

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
  if (!crime) return { title: (await getTranslations("Crimes"))("notFound") };
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Reference")]);
  const name = (await shownBySlug("CrimeCategory", [crime.slug], locale))(crime.slug, "name", crime.name);
  return { title: plainShown(name, t("inLanguage", { language: name.lang })) };
}

export default async function CrimePage({ params }: Props) {
  const { slug } = await params;
  const today = isoToday(new Date());
  const found = await getCrime(slug, today);
  if (!found) notFound();
  const [t, tr, locale, actor] = await Promise.all([getTranslations("Crimes"), getTranslations("Reference"), getLocale() as Promise<Locale>, currentActor()]);
  // Administrators set the translations of reference data (decision 043).
  const mayTranslate = isAdmin(actor);
  // The rules' scopes named in the page's language (decision 039).
  const [{ words: nameWords }, milestoneTitles] = await Promise.all([referenceNamesIn(locale), ruleMilestoneTitlesIn(locale, found.forums.flatMap((f) => f.rules))]);
  const crime = { ...found, forums: found.forums.map((f) => ({ ...f, rules: f.rules.map((r) => milestoneTitles(ruleViewIn(nameWords, r))) })) };
  // The crime's and the forums' own texts in the page's language (decision 039); getCrime stays the API's read.
  const [text, forumText] = await Promise.all([
    shownBySlug("CrimeCategory", [crime.slug], locale),
    shownBySlug("Forum", crime.forums.map((f) => f.forum.slug), locale),
  ]);
  const name = text(crime.slug, "name", crime.name);
  const words = (value: ShownTextValue) => plainShown(value, tr("inLanguage", { language: value.lang }));
  const lowerName = words({ ...name, text: name.text.toLowerCase() });

  return (
    <>
      <Breadcrumbs trail={[{ href: "/crimes", label: t("title") }, { label: words(name) }]} />
      <p className="eyebrow">{t("crime")}</p>
      <h1>
        <ShownText value={name} />
      </h1>
      <TextOrigin value={name} what={tr("name")} />
      {mayTranslate ? <EditTranslationLink href={editorOf({ entity: "CrimeCategory", slug: crime.slug, field: "name", locale: TRANSLATION_LOCALES[0]! })} /> : null}
      <p className="lead">
        <ShownText value={text(crime.slug, "description", crime.description)} />
      </p>
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
                  <ShownText value={forumText(forum.slug, "name", forum.name)} />
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
            <Link href={`/forums/${forum.slug}`}>
              <ShownText value={forumText(forum.slug, "name", forum.name)} />
            </Link>
          </h2>
          {rules.length === 0 ? (
            <p>{t("noRuleForForum", { crime: lowerName })}</p>
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

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HistoryList } from "@/components/HistoryList";
import { RuleCard } from "@/components/RuleCard";
import { isoToday } from "@/lib/core/dates";
import { timeZoneOf } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { getRuleHistory } from "@/lib/server/queries/milestone-history";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { ruleViewIn } from "@/lib/core/names-in";
import { ruleMilestoneTitlesIn } from "@/lib/server/queries/rule-milestones";
import { getRuleViews } from "@/lib/server/queries/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Rules");
  return { title: t("title") };
}

/**
 * Every change to a jurisdiction rule: rules are data, so their history is part of the record.
 * What the rule says now comes first, so each change can be read against it.
 */
export default async function RuleHistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const today = isoToday(new Date());
  const locale = (await getLocale()) as Locale;
  const [history, views, { words }] = await Promise.all([getRuleHistory(slug, locale), getRuleViews([slug], today), referenceNamesIn(locale)]);
  const recorded = views.get(slug);
  if (!history || history.rule.deletedAt || !recorded) notFound();
  // The rule's forum and scope named in the page's language (decision 039).
  const current = (await ruleMilestoneTitlesIn(locale, [recorded]))(ruleViewIn(words, recorded));
  const { rule, entries } = history;
  const t = await getTranslations("Rules");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/forums", label: t("forums") }, { href: `/forums/${rule.forum.slug}`, label: current.forum.name }, { label: t("historyOf", { slug }) }]} />
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1>{slug}</h1>
      <p className="lead">
        {t.rich("lead", { forum: current.forum.name, version: rule.version, link: (chunks) => <Link href={`/forums/${rule.forum.slug}`}>{chunks}</Link> })}
      </p>
      <section aria-labelledby="current-rule-heading" className="section">
        <h2 id="current-rule-heading">{t("now")}</h2>
        <RuleCard rule={current} historyLink={false} />
      </section>
      <section aria-labelledby="changes-heading" className="section">
        <h2 id="changes-heading">{t("changes")}</h2>
        <HistoryList entries={entries} headingLevel={3} zone={timeZoneOf(await currentActor())} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HistoryList } from "@/components/HistoryList";
import { currentActor } from "@/lib/server/auth";
import { getMilestoneHistory } from "@/lib/server/queries/milestone-history";
import { hasRole, timeZoneOf } from "@/lib/server/actor";
import { formatDayMinute } from "@/lib/core/timestamps";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Milestones"))("historyTitle") };
}

export default async function MilestoneHistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const justDeleted = (await searchParams).deleted === "1";
  const history = await getMilestoneHistory(slug, (await getLocale()) as Locale);
  // A deleted milestone's history stays readable, by analysts and admins only.
  const actor = await currentActor();
  const zone = timeZoneOf(actor);
  if (!history || (history.milestone.deletedAt && !hasRole(actor, "ANALYST"))) notFound();
  const { milestone, entries } = history;
  const deleted = milestone.deletedAt !== null;
  const t = await getTranslations("Milestones");
  const actions = { CREATE: t("actionCreate"), UPDATE: t("actionUpdate"), DELETE: t("actionDelete") };

  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/milestones", label: t("title") }, deleted ? { label: milestone.title } : { href: `/milestones/${slug}`, label: milestone.title }, { label: t("history") }]}
      />
      <p className="eyebrow">{t("historyEyebrow")}</p>
      <h1>{milestone.title}</h1>
      {deleted ? (
        <p className={`notice ${justDeleted ? "notice-success" : "notice-warning"}`} role="status">
          {justDeleted ? `${t("justDeleted")} ` : null}
          {t.rich("deletedNotice", { since: formatDayMinute(milestone.deletedAt!, zone), strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : (
        <p className="lead">
          {t.rich("historyLead", { version: milestone.version, milestone: (chunks) => <Link href={`/milestones/${slug}`}>{chunks}</Link> })}
        </p>
      )}

      {entries.length === 0 ? (
        <p>{t("historyEmpty")}</p>
      ) : (
        <HistoryList entries={entries} actions={actions} zone={zone} />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { Link } from "@/lib/i18n/navigation";
import { ConfirmForm } from "@/components/ConfirmForm";
import { restoreCaseAction } from "../actions";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HistoryList } from "@/components/HistoryList";
import { currentActor } from "@/lib/server/auth";
import { getCaseHistory } from "@/lib/server/queries/case-page";
import { hasRole, timeZoneOf } from "@/lib/server/actor";
import { formatDayMinute } from "@/lib/core/timestamps";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Case");
  return { title: t("historyTitle") };
}

export default async function CaseHistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const justDeleted = (await searchParams).deleted === "1";
  const history = await getCaseHistory(slug, (await getLocale()) as Locale);
  // A deleted case's history stays readable, by analysts and admins only.
  const actor = await currentActor();
  const zone = timeZoneOf(actor);
  if (!history || (history.case.deletedAt && !hasRole(actor, "ANALYST"))) notFound();
  const { case: c, entries } = history;
  const deleted = c.deletedAt !== null;
  const [t, tc] = await Promise.all([getTranslations("Case"), getTranslations("Cases")]);
  const actions = { CREATE: t("action.create"), UPDATE: t("action.update"), DELETE: t("action.delete") };

  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: tc("title") }, deleted ? { label: c.title } : { href: `/cases/${slug}`, label: c.title }, { label: t("history") }]} />
      <p className="eyebrow">{t("historyEyebrow")}</p>
      <h1>{c.title}</h1>
      {deleted ? (
        <p className={`notice ${justDeleted ? "notice-success" : "notice-warning"}`} role="status">
          {justDeleted ? `${t("justDeleted")} ` : null}
          {t.rich("deletedNotice", { since: formatDayMinute(c.deletedAt!, zone), strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : (
        <p className="lead">
          {t.rich("historyLead", { version: c.version, link: (chunks) => <Link href={`/cases/${slug}`}>{chunks}</Link> })}
        </p>
      )}
      {deleted && hasRole(actor, "ADMIN") ? (
        <ConfirmForm action={restoreCaseAction} fields={{ case: c.slug, expectedVersion: c.version }} what={t("thisCase")} cancelHref={`/cases/${slug}/history`} verb="Restore" />
      ) : null}
      {entries.length === 0 ? <p>{t("noChange")}</p> : <HistoryList entries={entries} actions={actions} zone={zone} />}
    </>
  );
}

import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Case history" };

const ACTIONS = { CREATE: "Recorded", UPDATE: "Changed", DELETE: "Deleted (hidden)" } as const;

export default async function CaseHistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const justDeleted = (await searchParams).deleted === "1";
  const history = await getCaseHistory(slug);
  // A deleted case's history stays readable, by analysts and admins only.
  const actor = await currentActor();
  const zone = timeZoneOf(actor);
  if (!history || (history.case.deletedAt && !hasRole(actor, "ANALYST"))) notFound();
  const { case: c, entries } = history;
  const deleted = c.deletedAt !== null;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: "Cases" }, deleted ? { label: c.title } : { href: `/cases/${slug}`, label: c.title }, { label: "History" }]} />
      <p className="eyebrow">History of a case</p>
      <h1>{c.title}</h1>
      {deleted ? (
        <p className={`notice ${justDeleted ? "notice-success" : "notice-warning"}`} role="status">
          {justDeleted ? "The case was deleted. " : null}This case is <strong>deleted</strong>: it is hidden from the case list, the other pages and the API
          since {formatDayMinute(c.deletedAt!, zone)}. Nothing was erased; its history is below.
        </p>
      ) : (
        <p className="lead">
          Every change to <Link href={`/cases/${slug}`}>this case</Link>, newest first: who made it, when, and what changed (stage changes included). It is
          at version {c.version}.
        </p>
      )}
      {deleted && hasRole(actor, "ADMIN") ? (
        <ConfirmForm action={restoreCaseAction} fields={{ case: c.slug, expectedVersion: c.version }} what="this case" cancelHref={`/cases/${slug}/history`} verb="Restore" />
      ) : null}
      {entries.length === 0 ? <p>No change has been recorded since the case was loaded.</p> : <HistoryList entries={entries} actions={ACTIONS} zone={zone} />}
    </>
  );
}

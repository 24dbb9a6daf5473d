import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HistoryList } from "@/components/HistoryList";
import { currentActor } from "@/lib/server/auth";
import { getMilestoneHistory } from "@/lib/server/queries/milestone-history";
import { hasRole, timeZoneOf } from "@/lib/server/actor";
import { formatDayMinute } from "@/lib/core/timestamps";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Milestone history" };

const ACTIONS = { CREATE: "Logged", UPDATE: "Changed", DELETE: "Deleted (hidden)" } as const;

export default async function MilestoneHistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const justDeleted = (await searchParams).deleted === "1";
  const history = await getMilestoneHistory(slug);
  // A deleted milestone's history stays readable, by analysts and admins only.
  const actor = await currentActor();
  const zone = timeZoneOf(actor);
  if (!history || (history.milestone.deletedAt && !hasRole(actor, "ANALYST"))) notFound();
  const { milestone, entries } = history;
  const deleted = milestone.deletedAt !== null;

  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/milestones", label: "Milestones" }, deleted ? { label: milestone.title } : { href: `/milestones/${slug}`, label: milestone.title }, { label: "History" }]}
      />
      <p className="eyebrow">History of a milestone</p>
      <h1>{milestone.title}</h1>
      {deleted ? (
        <p className={`notice ${justDeleted ? "notice-success" : "notice-warning"}`} role="status">
          {justDeleted ? "The milestone was deleted. " : null}This milestone is <strong>deleted</strong>: it is hidden from the timeline, the other pages and the
          API since {formatDayMinute(milestone.deletedAt!, zone)}. Nothing was erased; its history is below.
        </p>
      ) : (
        <p className="lead">
          Every change to <Link href={`/milestones/${slug}`}>this milestone</Link>, newest first: who made it, when, and what changed. It is at version{" "}
          {milestone.version}.
        </p>
      )}

      {entries.length === 0 ? (
        <p>No change has been recorded since the milestone was loaded with the reference data.</p>
      ) : (
        <HistoryList entries={entries} actions={ACTIONS} zone={zone} />
      )}
    </>
  );
}

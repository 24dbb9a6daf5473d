import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { deleteMilestoneAction } from "@/app/[locale]/milestones/actions";
import { ConfirmForm } from "@/components/ConfirmForm";
import { NotAllowed } from "@/components/NotAllowed";
import { PartialDate } from "@/components/PartialDate";
import { getMilestoneFormValues } from "@/lib/server/queries/milestone-form";
import { pageActor } from "@/lib/server/page-actor";
import { parsePartialDate } from "@/lib/core/dates";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Delete milestone" };

export default async function DeleteMilestonePage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/milestones/${slug}/delete`);
  const current = await getMilestoneFormValues(slug);
  if (!current) notFound();
  const date = parsePartialDate(current.values.date);
  return (
    <div className="narrow-page">
      <Breadcrumbs trail={[{ href: "/milestones", label: "Milestones" }, { href: `/milestones/${slug}`, label: current.title }, { label: "Delete" }]} />
      <h1>Delete “{current.title}”?</h1>
      {!allowed ? (
        <NotAllowed what="delete milestones" role="analyst" back={{ href: `/milestones/${slug}`, label: "Back to the milestone" }} />
      ) : current.hasEffects ? (
        <div className="notice notice-warning" role="status">
          <p>
            This milestone cannot be deleted: it opens or closes jurisdiction rules ({[...current.opens, ...current.closes].join(", ")}). Deleting it would
            change the answers the tracker gives. An administrator must first remove these effects on the <Link href={`/milestones/${slug}/edit`}>edit page</Link>.
          </p>
          <p>
            <Link href={`/milestones/${slug}`}>Back to the milestone</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            {date ? <PartialDate value={date} /> : null} · version {current.version}
          </p>
          <p>
            Deleting <strong>hides</strong> the milestone from the timeline, the forum pages and the API. Nothing is erased: the record and its{" "}
            <Link href={`/milestones/${slug}/history`}>history</Link> are kept, and the history will show that you deleted it.
          </p>
          <ConfirmForm action={deleteMilestoneAction} fields={{ milestone: current.slug, expectedVersion: current.version }} what="this milestone" cancelHref={`/milestones/${current.slug}`} />
        </>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { saveMilestoneAction } from "@/app/[locale]/milestones/actions";
import { MilestoneForm } from "@/components/MilestoneForm";
import { NotAllowed } from "@/components/NotAllowed";
import { getMilestoneFormOptions, getMilestoneFormValues } from "@/lib/server/queries/milestone-form";
import { pageActor } from "@/lib/server/page-actor";
import { hasRole, timeZoneOf } from "@/lib/server/actor";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Edit milestone" };

export default async function EditMilestonePage({ params }: Props) {
  const { slug } = await params;
  const { actor, allowed } = await pageActor("ANALYST", `/milestones/${slug}/edit`);
  const current = await getMilestoneFormValues(slug);
  if (!current) notFound();
  const admin = hasRole(actor, "ADMIN");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/milestones", label: "Milestones" }, { href: `/milestones/${slug}`, label: current.title }, { label: "Edit" }]} />
      <h1>Edit: {current.title}</h1>
      {!allowed ? (
        <NotAllowed what="edit milestones" role="analyst" back={{ href: `/milestones/${slug}`, label: "Back to the milestone" }} />
      ) : (
        <>
          <p className="lead">
            You are editing version {current.version}. If someone else saves a change first, nothing is overwritten: you will see their version beside
            yours, field by field, and choose what to keep. The previous values stay in the <Link href={`/milestones/${slug}/history`}>history</Link>.
          </p>
          {current.hasEffects && !admin ? (
            <p className="notice notice-warning">
              This milestone opens or closes jurisdiction rules ({[...current.opens, ...current.closes].join(", ")}), so its date and those effects can only be
              changed by an administrator. You may change everything else.
            </p>
          ) : null}
          <MilestoneForm save={saveMilestoneAction} options={await getMilestoneFormOptions()} initial={current.values} milestone={current.slug} showEffects={admin} cancelHref={`/milestones/${slug}`} zone={timeZoneOf(actor)} />
        </>
      )}
    </>
  );
}

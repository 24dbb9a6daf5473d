import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { ConfirmForm } from "@/components/ConfirmForm";
import { deleteCaseAction } from "../actions";
import { StageBadge } from "@/components/case/StageBadge";
import { getCasePage } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Delete case" };

export default async function DeleteCasePage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/cases/${slug}/delete`);
  const c = await getCasePage(slug);
  if (!c) notFound();
  return (
    <div className="narrow-page">
      <Breadcrumbs trail={[{ href: "/cases", label: "Cases" }, { href: `/cases/${slug}`, label: c.title }, { label: "Delete" }]} />
      <h1>Delete “{c.title}”?</h1>
      {!allowed ? (
        <NotAllowed what="delete cases" role="analyst" back={{ href: `/cases/${slug}`, label: "Back to the case" }} />
      ) : (
        <>
          <p className="lead">
            {c.forum.shortName} · {c.reference ?? "No public case number"} · <StageBadge stage={c.stage} date={c.stageDate} inAbsentia={c.inAbsentia} /> ·
            version {c.version}
          </p>
          <p>
            Deleting <strong>hides</strong> the case from the case list, the accused’s pages, search and the API. Nothing is erased: the case, its charges,
            stages and notes, and its <Link href={`/cases/${slug}/history`}>history</Link> are kept, and the history will show that you deleted it. Its
            accused stay recorded (they may be in other cases). Its case number stays reserved before the {c.forum.name}.
          </p>
          <ConfirmForm action={deleteCaseAction} fields={{ case: c.slug, expectedVersion: c.version }} what="this case" cancelHref={`/cases/${c.slug}`} />
        </>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { saveCaseAction } from "@/app/[locale]/cases/[slug]/actions";
import { CaseForm } from "@/components/case/CaseForm";
import { getCaseFormOptions, getCaseFormValues } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Edit case" };

export default async function EditCasePage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/cases/${slug}/edit`);
  const current = await getCaseFormValues(slug);
  if (!current) notFound();
  const c = current.case;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: "Cases" }, { href: `/cases/${slug}`, label: c.title }, { label: "Edit" }]} />
      <h1>Edit: {c.title}</h1>
      {!allowed ? (
        <NotAllowed what="edit cases" role="analyst" back={{ href: `/cases/${slug}`, label: "Back to the case" }} />
      ) : (
        <>
          <p className="lead">
            You are editing version {c.version}. If someone else saves a change first, yours is refused rather than overwriting theirs. The previous values
            stay in the <Link href={`/cases/${slug}/history`}>history</Link>.
          </p>
          <p className="notice">
            The stage is not edited here: <Link href={`/cases/${slug}/stage`}>record a stage change</Link> instead, so that the case keeps its dated
            history of stages.
          </p>
          <CaseForm save={saveCaseAction} options={await getCaseFormOptions()} initial={current.values} caseSlug={c.slug} cancelHref={`/cases/${slug}`} />
        </>
      )}
    </>
  );
}

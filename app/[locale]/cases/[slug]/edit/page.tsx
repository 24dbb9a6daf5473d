import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { saveCaseAction } from "@/app/[locale]/cases/[slug]/actions";
import { CaseForm } from "@/components/case/CaseForm";
import { getCaseFormOptions, getCaseFormValues } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CaseForm");
  return { title: t("editTitle") };
}

export default async function EditCasePage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/cases/${slug}/edit`);
  const current = await getCaseFormValues(slug);
  if (!current) notFound();
  const c = current.case;
  const [t, tc] = await Promise.all([getTranslations("CaseForm"), getTranslations("Cases")]);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: tc("title") }, { href: `/cases/${slug}`, label: c.title }, { label: t("editCrumb") }]} />
      <h1>{t("editHeading", { title: c.title })}</h1>
      {!allowed ? (
        <NotAllowed what={t("editNotAllowed")} role="analyst" back={{ href: `/cases/${slug}`, label: tc("backToCase") }} />
      ) : (
        <>
          <p className="lead">{t.rich("editLead", { version: c.version, link: (chunks) => <Link href={`/cases/${slug}/history`}>{chunks}</Link> })}</p>
          <p className="notice">{t.rich("stageNotHere", { link: (chunks) => <Link href={`/cases/${slug}/stage`}>{chunks}</Link> })}</p>
          <CaseForm save={saveCaseAction} options={await getCaseFormOptions((await getLocale()) as Locale)} initial={current.values} caseSlug={c.slug} cancelHref={`/cases/${slug}`} />
        </>
      )}
    </>
  );
}

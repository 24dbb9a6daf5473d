import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Case");
  return { title: t("deleteTitle") };
}

export default async function DeleteCasePage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/cases/${slug}/delete`);
  const c = await getCasePage(slug);
  if (!c) notFound();
  const [t, tc] = await Promise.all([getTranslations("Case"), getTranslations("Cases")]);
  return (
    <div className="narrow-page">
      <Breadcrumbs trail={[{ href: "/cases", label: tc("title") }, { href: `/cases/${slug}`, label: c.title }, { label: t("deleteCrumb") }]} />
      <h1>{t("deleteHeading", { title: c.title })}</h1>
      {!allowed ? (
        <NotAllowed what={t("deleteNotAllowed")} role="analyst" back={{ href: `/cases/${slug}`, label: tc("backToCase") }} />
      ) : (
        <>
          <p className="lead">
            {c.forum.shortName} · {c.reference ?? t("noReference")} · <StageBadge stage={c.stage} date={c.stageDate} inAbsentia={c.inAbsentia} /> ·{" "}
            {t("version", { version: c.version })}
          </p>
          <p>
            {t.rich("deleteExplained", {
              forum: c.forum.name,
              strong: (chunks) => <strong>{chunks}</strong>,
              link: (chunks) => <Link href={`/cases/${slug}/history`}>{chunks}</Link>,
            })}
          </p>
          <ConfirmForm action={deleteCaseAction} fields={{ case: c.slug, expectedVersion: c.version }} what={t("thisCase")} cancelHref={`/cases/${c.slug}`} />
        </>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { deleteMilestoneAction } from "@/app/[locale]/milestones/actions";
import { ConfirmForm } from "@/components/ConfirmForm";
import { NotAllowed } from "@/components/NotAllowed";
import { PartialDate } from "@/components/PartialDate";
import { getMilestoneFormValues } from "@/lib/server/queries/milestone-form";
import { pageActor } from "@/lib/server/page-actor";
import { parsePartialDate } from "@/lib/core/dates";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Milestones"))("deleteTitle") };
}

export default async function DeleteMilestonePage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/milestones/${slug}/delete`);
  const current = await getMilestoneFormValues(slug);
  if (!current) notFound();
  const date = parsePartialDate(current.values.date);
  const t = await getTranslations("Milestones");
  const rules = [...current.opens, ...current.closes].join(", ");
  return (
    <div className="narrow-page">
      <Breadcrumbs trail={[{ href: "/milestones", label: t("title") }, { href: `/milestones/${slug}`, label: current.title }, { label: t("delete") }]} />
      <h1>{t("deleteHeading", { title: current.title })}</h1>
      {!allowed ? (
        <NotAllowed what={t("notAllowedDelete")} role="analyst" back={{ href: `/milestones/${slug}`, label: t("backToMilestone") }} />
      ) : current.hasEffects ? (
        <div className="notice notice-warning" role="status">
          <p>{t.rich("cannotDelete", { rules, edit: (chunks) => <Link href={`/milestones/${slug}/edit`}>{chunks}</Link> })}</p>
          <p>
            <Link href={`/milestones/${slug}`}>{t("backToMilestone")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            {date ? <PartialDate value={date} /> : null} · {t("version", { version: current.version })}
          </p>
          <p>
            {t.rich("deleteExplained", {
              strong: (chunks) => <strong>{chunks}</strong>,
              history: (chunks) => <Link href={`/milestones/${slug}/history`}>{chunks}</Link>,
            })}
          </p>
          <ConfirmForm action={deleteMilestoneAction} fields={{ milestone: current.slug, expectedVersion: current.version }} what={t("thisMilestone")} cancelHref={`/milestones/${current.slug}`} />
        </>
      )}
    </div>
  );
}

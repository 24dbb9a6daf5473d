import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { saveMilestoneAction } from "@/app/[locale]/milestones/actions";
import { MilestoneForm } from "@/components/MilestoneForm";
import { NotAllowed } from "@/components/NotAllowed";
import { getMilestoneFormOptions, getMilestoneFormValues } from "@/lib/server/queries/milestone-form";
import { pageActor } from "@/lib/server/page-actor";
import { hasRole, timeZoneOf } from "@/lib/server/actor";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Milestones"))("editTitle") };
}

export default async function EditMilestonePage({ params }: Props) {
  const { slug } = await params;
  const { actor, allowed } = await pageActor("ANALYST", `/milestones/${slug}/edit`);
  const current = await getMilestoneFormValues(slug);
  if (!current) notFound();
  const admin = hasRole(actor, "ADMIN");
  const t = await getTranslations("Milestones");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/milestones", label: t("title") }, { href: `/milestones/${slug}`, label: current.title }, { label: t("edit") }]} />
      <h1>{t("editHeading", { title: current.title })}</h1>
      {!allowed ? (
        <NotAllowed what={t("notAllowedEdit")} role="analyst" back={{ href: `/milestones/${slug}`, label: t("backToMilestone") }} />
      ) : (
        <>
          <p className="lead">
            {t.rich("editLead", { version: current.version, history: (chunks) => <Link href={`/milestones/${slug}/history`}>{chunks}</Link> })}
          </p>
          {current.hasEffects && !admin ? (
            <p className="notice notice-warning">{t("editEffectsAdminOnly", { rules: [...current.opens, ...current.closes].join(", ") })}</p>
          ) : null}
          <MilestoneForm save={saveMilestoneAction} options={await getMilestoneFormOptions((await getLocale()) as Locale)} initial={current.values} documents={current.documents} milestone={current.slug} showEffects={admin} cancelHref={`/milestones/${slug}`} zone={timeZoneOf(actor)} />
        </>
      )}
    </>
  );
}

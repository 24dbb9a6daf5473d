import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { saveMilestoneAction } from "@/app/[locale]/milestones/actions";
import { MilestoneForm } from "@/components/MilestoneForm";
import { NotAllowed } from "@/components/NotAllowed";
import type { MilestoneFormValues } from "@/lib/core/milestone-input";
import { getMilestoneFormOptions } from "@/lib/server/queries/milestone-form";
import { pageActor } from "@/lib/server/page-actor";
import { hasRole, timeZoneOf } from "@/lib/server/actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Milestones"))("logMilestone") };
}

const EMPTY: MilestoneFormValues = {
  title: "",
  description: "",
  whatChanged: "",
  lang: "en",
  translations: {},
  date: "",
  status: "HAPPENED",
  track: "",
  type: "",
  situation: "",
  forums: [],
  instruments: [],
  cases: [],
  rules: [],
  sources: [],
  opens: [],
  closes: [],
  expectedVersion: "",
};

export default async function NewMilestonePage() {
  const { actor, allowed } = await pageActor("ANALYST", "/milestones/new");
  const t = await getTranslations("Milestones");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/milestones", label: t("title") }, { label: t("logMilestone") }]} />
      <h1>{t("logMilestone")}</h1>
      {allowed ? (
        <>
          <p className="lead">{t("newLead")}</p>
          <MilestoneForm save={saveMilestoneAction} options={await getMilestoneFormOptions(locale)} initial={{ ...EMPTY, lang: locale }} showEffects={hasRole(actor, "ADMIN")} cancelHref="/milestones" zone={timeZoneOf(actor)} />
        </>
      ) : (
        <NotAllowed what={t("notAllowedLog")} role="analyst" back={{ href: "/milestones", label: t("backToMilestones") }} />
      )}
    </>
  );
}

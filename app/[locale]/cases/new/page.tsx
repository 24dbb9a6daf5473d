import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { saveCaseAction } from "@/app/[locale]/cases/[slug]/actions";
import { CaseForm } from "@/components/case/CaseForm";
import { EMPTY_CASE_FORM } from "@/lib/core/case-input";
import { getCaseFormOptions } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CaseForm");
  return { title: t("newTitle") };
}

export default async function NewCasePage() {
  const { allowed } = await pageActor("ANALYST", "/cases/new");
  const [t, tc] = await Promise.all([getTranslations("CaseForm"), getTranslations("Cases")]);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: tc("title") }, { label: t("newTitle") }]} />
      <h1>{t("newTitle")}</h1>
      {allowed ? (
        <>
          <p className="lead">{t("newLead")}</p>
          <CaseForm save={saveCaseAction} options={await getCaseFormOptions((await getLocale()) as Locale)} initial={EMPTY_CASE_FORM} cancelHref="/cases" />
        </>
      ) : (
        <NotAllowed what={t("newNotAllowed")} role="analyst" back={{ href: "/cases", label: tc("backToCases") }} />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { StageBadge } from "@/components/case/StageBadge";
import { StageForm } from "@/components/case/StageForm";
import { recordStageAction } from "../actions";
import styles from "@/components/case/case.module.css";
import { labelsIn } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { stageChoices } from "@/lib/core/stage-machine";
import { getCasePage } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Stages");
  return { title: t("pageTitle") };
}

export default async function RecordStagePage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/cases/${slug}/stage`);
  const c = await getCasePage(slug);
  if (!c) notFound();
  const [t, tc, locale] = await Promise.all([getTranslations("Stages"), getTranslations("Cases"), getLocale()]);
  const labels = labelsIn(locale as Locale);
  const choices = stageChoices(c.stage);
  const notOffered = choices.filter((choice) => !choice.allowed);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: tc("title") }, { href: `/cases/${slug}`, label: c.title }, { label: t("pageTitle") }]} />
      <p className="eyebrow">{c.title}</p>
      <h1>{t("pageTitle")}</h1>
      {!allowed ? (
        <NotAllowed what={t("notAllowed")} role="analyst" back={{ href: `/cases/${slug}`, label: tc("backToCase") }} />
      ) : (
        <>
          <p className="lead">
            {t.rich("lead", {
              badge: () => <StageBadge stage={c.stage} date={c.stageDate} inAbsentia={c.inAbsentia} />,
              link: (chunks) => <Link href={`/cases/${slug}#stages-heading`}>{chunks}</Link>,
            })}
          </p>
          {notOffered.length > 0 ? (
            <details className="notice">
              <summary>{t("whyNotOffered")}</summary>
              <ul className={styles.notOffered}>
                {notOffered.map((choice) => (
                  <li key={choice.stage}>
                    <strong>{labels.caseStage[choice.stage]}:</strong> {choice.why ? localizeMessage(choice.why, locale as Locale) : null}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <StageForm
            save={recordStageAction}
            caseSlug={c.slug}
            version={c.version}
            choices={choices}
            sources={c.citations.map((s) => ({ slug: s.slug, title: s.title }))}
          />
        </>
      )}
    </>
  );
}

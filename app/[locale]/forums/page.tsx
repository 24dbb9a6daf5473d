import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PartialDate } from "@/components/PartialDate";
import { SourceCitation } from "@/components/SourceCitation";
import { firstSentence, labelsIn } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { listForums } from "@/lib/server/queries/forums";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Forums");
  return { title: t("title") };
}

export default async function ForumsPage() {
  const [forums, t, locale] = await Promise.all([listForums(), getTranslations("Forums"), getLocale() as Promise<Locale>]);
  const labels = labelsIn(locale);
  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ul className="forum-list">
        {forums.map((f) => (
          <li key={f.slug} className="card forum-card">
            <h2>
              <Link href={`/forums/${f.slug}`}>{f.name}</Link>
            </h2>
            <dl className="facts">
              <div>
                <dt>{t("kind")}</dt>
                <dd>{labels.forumKind[f.kind]}</dd>
              </div>
              <div>
                <dt>{t("legalBasis")}</dt>
                <dd>{f.legalBasis ? f.legalBasis.shortTitle : t("notRecorded")}</dd>
              </div>
              <div>
                <dt>{t("established")}</dt>
                <dd>{f.establishedOn ? <PartialDate value={f.establishedOn} /> : t("dateNotRecorded")}</dd>
              </div>
            </dl>
            <p>{firstSentence(f.description)}</p>
            <p className="muted">
              <Link href={`/forums/${f.slug}`}>
                {t("counts", { rules: f.ruleCount, milestones: f.milestoneCount })}
                <span className="visually-hidden"> {t("forForum", { forum: f.shortName })}</span>
              </Link>
            </p>
            <SourceCitation citation={f.citation} variant="compact" />
          </li>
        ))}
      </ul>
    </>
  );
}

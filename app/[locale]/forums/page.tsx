import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PartialDate } from "@/components/PartialDate";
import { ShownText, useShownWords } from "@/components/ShownText";
import { SourceCitation } from "@/components/SourceCitation";
import { firstSentence, labelsIn } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { listForums } from "@/lib/server/queries/forums";
import { shownBySlug } from "@/lib/server/translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Forums");
  return { title: t("title") };
}

export default async function ForumsPage() {
  const [forums, t, locale] = await Promise.all([listForums(), getTranslations("Forums"), getLocale() as Promise<Locale>]);
  const labels = labelsIn(locale);
  // The forums' own texts in the page's language (decision 039); the list's read stays the API's.
  const [text, basis] = await Promise.all([
    shownBySlug("Forum", forums.map((f) => f.slug), locale),
    shownBySlug("Instrument", forums.flatMap((f) => (f.legalBasis ? [f.legalBasis.slug] : [])), locale),
  ]);
  return (
    <ForumList forums={forums} text={text} basis={basis} labels={labels} t={t} />
  );
}

function ForumList({
  forums,
  text,
  basis,
  labels,
  t,
}: {
  forums: Awaited<ReturnType<typeof listForums>>;
  text: Awaited<ReturnType<typeof shownBySlug<"Forum">>>;
  basis: Awaited<ReturnType<typeof shownBySlug<"Instrument">>>;
  labels: ReturnType<typeof labelsIn>;
  t: Awaited<ReturnType<typeof getTranslations<"Forums">>>;
}) {
  const words = useShownWords();
  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ul className="forum-list">
        {forums.map((f) => (
          <li key={f.slug} className="card forum-card">
            <h2>
              <Link href={`/forums/${f.slug}`}>
                <ShownText value={text(f.slug, "name", f.name)} />
              </Link>
            </h2>
            <dl className="facts">
              <div>
                <dt>{t("kind")}</dt>
                <dd>{labels.forumKind[f.kind]}</dd>
              </div>
              <div>
                <dt>{t("legalBasis")}</dt>
                <dd>{f.legalBasis ? <ShownText value={basis(f.legalBasis.slug, "shortTitle", f.legalBasis.shortTitle)} /> : t("notRecorded")}</dd>
              </div>
              <div>
                <dt>{t("established")}</dt>
                <dd>{f.establishedOn ? <PartialDate value={f.establishedOn} /> : t("dateNotRecorded")}</dd>
              </div>
            </dl>
            <p>
              <ShownText value={text(f.slug, "description", f.description)} format={firstSentence} />
            </p>
            <p className="muted">
              <Link href={`/forums/${f.slug}`}>
                {t("counts", { rules: f.ruleCount, milestones: f.milestoneCount })}
                <span className="visually-hidden"> {t("forForum", { forum: words(text(f.slug, "shortName", f.shortName)) })}</span>
              </Link>
            </p>
            <SourceCitation citation={f.citation} variant="compact" />
          </li>
        ))}
      </ul>
    </>
  );
}

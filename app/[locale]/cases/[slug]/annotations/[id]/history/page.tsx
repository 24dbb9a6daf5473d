import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notePath } from "@/components/annotations/AnnotationList";
import { NoteBadges } from "@/components/annotations/AssessmentBadge";
import styles from "@/components/annotations/annotations.module.css";
import { lineDiff } from "@/components/annotations/line-diff";
import { Timestamp } from "@/components/annotations/Timestamp";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Markdown } from "@/components/Markdown";
import { ASSESSMENT_KEYS } from "@/components/annotations/assessment-keys";
import type { AnnotationVersionView } from "@/lib/server/queries/annotations";
import { pageActor } from "@/lib/server/page-actor";
import { timeZoneOf } from "@/lib/server/actor";
import { loadNote, noteTrail } from "../load-note";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Annotations");
  return { title: t("versionsTitle") };
}

const DIFF_CLASS = { same: styles.diffSame, added: styles.diffAdded, removed: styles.diffRemoved } as const;
const DIFF_SIGN = { same: "  ", added: "+ ", removed: "− " } as const;

/** What changed from the previous version, in words, then the text's lines. */
function Changes({ version, previous }: { version: AnnotationVersionView; previous: AnnotationVersionView }) {
  const t = useTranslations("Annotations");
  const word = { same: "", added: `${t("diffAdded")} `, removed: `${t("diffRemoved")} ` } as const;
  const fields: string[] = [];
  if (version.assessment !== previous.assessment)
    fields.push(t("assessmentChanged", { from: t(`assessment.${ASSESSMENT_KEYS[previous.assessment]}`), to: t(`assessment.${ASSESSMENT_KEYS[version.assessment]}`) }));
  if (version.verified !== previous.verified) fields.push(version.verified ? t("markedVerified") : t("noLongerVerified"));
  return (
    <>
      <h3>{t("changesFrom", { version: previous.version })}</h3>
      {fields.map((f) => (
        <p key={f}>{f}</p>
      ))}
      {version.body === previous.body ? (
        <p className="muted">{t("textUnchanged")}</p>
      ) : (
        <>
          <p className="muted small">{t("diffExplained")}</p>
          <pre className={styles.diff} tabIndex={0} aria-label={t("diffLabel", { from: previous.version, to: version.version })}>
            {lineDiff(previous.body, version.body).map((line, i) => (
              <span key={i} className={DIFF_CLASS[line.kind]}>
                <span className="visually-hidden">{word[line.kind]}</span>
                <span aria-hidden="true">{DIFF_SIGN[line.kind]}</span>
                {line.text || " "}
              </span>
            ))}
          </pre>
        </>
      )}
    </>
  );
}

export default async function AnnotationHistoryPage({ params }: Props) {
  const { slug, id } = await params;
  const { actor } = await pageActor("VIEWER", notePath(slug, id, "history"));
  const note = await loadNote(slug, id, actor);
  const t = await getTranslations("Annotations");
  const zone = timeZoneOf(actor);
  return (
    <>
      <Breadcrumbs trail={[...(await noteTrail(slug, note.caseTitle, id, note.author.name)), { label: t("versionsCrumb") }]} />
      <h1>{t("versionsHeading", { author: note.author.name })}</h1>
      <p className="lead">
        {t.rich("versionsLead", { title: note.caseTitle, count: note.versions.length, link: (chunks) => <Link href={`/cases/${slug}`}>{chunks}</Link> })}
        {note.canEdit ? (
          <>
            {" "}
            <Link href={notePath(slug, id, "edit")}>{t("editTheNote")}</Link>
          </>
        ) : null}
      </p>
      <ol className={styles.versions} aria-label={t("versionCount", { count: note.versions.length })}>
        {note.versions.map((v, i) => {
          const previous = note.versions[i + 1];
          return (
            <li key={v.version} className={styles.version} id={`version-${v.version}`}>
              <h2>
                {t.rich("versionHeading", {
                  version: v.version,
                  current: v.version === note.version ? "yes" : "no",
                  first: v.version === 1 ? "yes" : "no",
                  editor: v.editedBy.name,
                  time: () => <Timestamp iso={v.editedAt} zone={zone} />,
                })}
              </h2>
              <NoteBadges assessment={v.assessment} verified={v.verified} />
              <Markdown>{v.body}</Markdown>
              {previous ? <Changes version={v} previous={previous} /> : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

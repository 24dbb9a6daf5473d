import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { deleteAnnotationAction } from "@/app/[locale]/cases/[slug]/annotations/actions";
import { ConfirmForm } from "@/components/ConfirmForm";
import { notePath } from "@/components/annotations/AnnotationList";
import { NoteBadges } from "@/components/annotations/AssessmentBadge";
import styles from "@/components/annotations/annotations.module.css";
import { Timestamp } from "@/components/annotations/Timestamp";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Markdown } from "@/components/Markdown";
import { NotAllowed } from "@/components/NotAllowed";
import { pageActor } from "@/lib/server/page-actor";
import { timeZoneOf } from "@/lib/server/actor";
import { loadNote, noteTrail } from "../load-note";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Annotations");
  return { title: t("deleteTitle") };
}

export default async function DeleteAnnotationPage({ params }: Props) {
  const { slug, id } = await params;
  const { actor, allowed } = await pageActor("ANALYST", notePath(slug, id, "delete"));
  const note = await loadNote(slug, id, actor);
  const t = await getTranslations("Annotations");
  const back = { href: `/cases/${slug}#note-${id}`, label: t("backToNotes") };
  const author = note.author.name;
  return (
    <div className="narrow-page">
      <Breadcrumbs trail={[...(await noteTrail(slug, note.caseTitle, id, author)), { label: t("deleteCrumb") }]} />
      <h1>{t("deleteHeading", { author })}</h1>
      {!allowed ? (
        <NotAllowed what={t("deleteNotAllowed")} role="analyst" back={back} />
      ) : !note.canDelete ? (
        <div className="notice notice-error" role="alert">
          <h2>{t("mayNotDelete")}</h2>
          <p>{t("onlyAuthorDeletes", { author })}</p>
          <p>
            <Link href={back.href}>{back.label}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            {t.rich("deleteLead", {
              title: note.caseTitle,
              version: note.version,
              link: (chunks) => <Link href={`/cases/${slug}`}>{chunks}</Link>,
              time: () => <Timestamp iso={note.updatedAt} zone={timeZoneOf(actor)} />,
            })}
          </p>
          <div className={`${styles.note} ${styles.notePreview}`}>
            <NoteBadges assessment={note.assessment} verified={note.verified} />
            <Markdown>{note.body}</Markdown>
          </div>
          <p>{t.rich("deleteExplained", { count: note.versions.length, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <ConfirmForm action={deleteAnnotationAction} fields={{ case: slug, annotation: id, expectedVersion: note.version }} what={t("thisNote")} cancelHref={back.href} />
        </>
      )}
    </div>
  );
}

import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Delete note" };

export default async function DeleteAnnotationPage({ params }: Props) {
  const { slug, id } = await params;
  const { actor, allowed } = await pageActor("ANALYST", notePath(slug, id, "delete"));
  const note = await loadNote(slug, id, actor);
  const back = { href: `/cases/${slug}#note-${id}`, label: "Back to the case’s notes" };
  return (
    <div className="narrow-page">
      <Breadcrumbs trail={[...noteTrail(slug, note.caseTitle, id, note.author.name), { label: "Delete" }]} />
      <h1>Delete the note by {note.author.name}?</h1>
      {!allowed ? (
        <NotAllowed what="delete notes" role="analyst" back={back} />
      ) : !note.canDelete ? (
        <div className="notice notice-error" role="alert">
          <h2>You may not delete this note</h2>
          <p>Only its author ({note.author.name}) or an administrator may delete a note.</p>
          <p>
            <Link href={back.href}>{back.label}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            On <Link href={`/cases/${slug}`}>{note.caseTitle}</Link>. Version {note.version}, saved <Timestamp iso={note.updatedAt} zone={timeZoneOf(actor)} />.
          </p>
          <div className={`${styles.note} ${styles.notePreview}`}>
            <NoteBadges assessment={note.assessment} verified={note.verified} />
            <Markdown>{note.body}</Markdown>
          </div>
          <p>
            Deleting <strong>hides</strong> the note from the case page, the API and search. Nothing is erased: the note and its {note.versions.length > 1 ? `${note.versions.length} versions` : "version"} stay
            in the database, and the audit trail records that you deleted it.
          </p>
          <ConfirmForm action={deleteAnnotationAction} fields={{ case: slug, annotation: id, expectedVersion: note.version }} what="this note" cancelHref={back.href} />
        </>
      )}
    </div>
  );
}

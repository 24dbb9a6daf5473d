import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { AnnotationForm } from "@/components/annotations/AnnotationForm";
import { updateAnnotationAction } from "../../actions";
import { notePath } from "@/components/annotations/AnnotationList";
import { Timestamp } from "@/components/annotations/Timestamp";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { pageActor } from "@/lib/server/page-actor";
import { timeZoneOf } from "@/lib/server/actor";
import { loadNote, noteTrail } from "../load-note";

type Props = { params: Promise<{ slug: string; id: string }> };

export const metadata: Metadata = { title: "Edit note" };

export default async function EditAnnotationPage({ params }: Props) {
  const { slug, id } = await params;
  const { actor, allowed } = await pageActor("ANALYST", notePath(slug, id, "edit"));
  const note = await loadNote(slug, id, actor);
  const back = { href: `/cases/${slug}#note-${id}`, label: "Back to the case’s notes" };
  const latest = note.versions[0];
  return (
    <>
      <Breadcrumbs trail={[...noteTrail(slug, note.caseTitle, id, note.author.name), { label: "Edit" }]} />
      <h1>Edit the note by {note.author.name}</h1>
      {!allowed ? (
        <NotAllowed what="edit notes" role="analyst" back={back} />
      ) : !note.canEdit ? (
        <div className="notice notice-error" role="alert">
          <h2>You may not edit this note</h2>
          <p>Only its author ({note.author.name}) or an administrator may change a note, so that each note stays its author’s assessment.</p>
          <p>
            <Link href={back.href}>{back.label}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            On <Link href={`/cases/${slug}`}>{note.caseTitle}</Link>. You are editing version {note.version}
            {latest ? (
              <>
                {" "}
                (saved by {latest.editedBy.name}, <Timestamp iso={latest.editedAt} zone={timeZoneOf(actor)} />)
              </>
            ) : null}
            . If someone else saves a new version first, yours is refused rather than overwriting theirs, and you see both. Every version stays in the{" "}
            <Link href={notePath(slug, id, "history")}>version history</Link>.
          </p>
          <AnnotationForm
            save={updateAnnotationAction}
            caseSlug={slug}
            annotationId={id}
            initial={{ body: note.body, assessment: note.assessment.toLowerCase(), verified: note.verified, expectedVersion: String(note.version) }}
            cancelHref={back.href}
            zone={timeZoneOf(actor)}
          />
        </>
      )}
    </>
  );
}

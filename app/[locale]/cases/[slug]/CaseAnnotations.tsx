import { Link } from "@/lib/i18n/navigation";
import { AnnotationForm } from "@/components/annotations/AnnotationForm";
import { createAnnotationAction } from "./annotations/actions";
import { AnnotationList } from "@/components/annotations/AnnotationList";
import styles from "@/components/annotations/annotations.module.css";
import { EMPTY_ANNOTATION_FORM } from "@/lib/core/annotation-input";
import { plural } from "@/lib/core/labels";
import { currentActor } from "@/lib/server/auth";
import { listAnnotations } from "@/lib/server/queries/annotations";
import { hasRole, timeZoneOf } from "@/lib/server/actor";

/**
 * The analysts' notes on a case (docs/decisions/010-annotations.md). Signed-in users read them,
 * newest first; analysts and admins add notes here and edit or delete their own (admins: any).
 * Anonymous visitors see only how many notes there are, and a way to sign in to read them.
 */
export async function CaseAnnotations({ caseId, caseSlug }: { caseId: string; caseSlug: string }) {
  const actor = await currentActor();
  const notes = await listAnnotations(caseId, actor);
  const heading = (
    <h2 id="notes-heading">
      Analysts’ notes <span className="count">({notes.count})</span>
    </h2>
  );

  if (!notes.visible) {
    return (
      <section className={styles.section} id="notes" aria-labelledby="notes-heading">
        {heading}
        <p>
          {notes.count === 0 ? "No analyst has written a note on this case yet." : `There ${notes.count === 1 ? "is" : "are"} ${plural(notes.count, "analyst’s note", "analysts’ notes")} on this case.`}{" "}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/cases/${caseSlug}`)}`}>Sign in to read the analysts’ notes</Link>
        </p>
      </section>
    );
  }

  const writer = hasRole(actor, "ANALYST") && actor.kind === "user";
  return (
    <section className={styles.section} id="notes" aria-labelledby="notes-heading">
      <div className={styles.sectionHead}>
        {heading}
        {writer && notes.count > 0 ? <a href="#add-note">Add a note</a> : null}
      </div>
      <p className="muted">Progress notes by the tracker’s analysts: their own assessment, not an official record. Every edit is kept as a version.</p>
      {notes.count === 0 ? <p>No analyst has written a note on this case yet.</p> : <AnnotationList caseSlug={caseSlug} annotations={notes.annotations} zone={timeZoneOf(actor)} />}
      {writer ? (
        <section className={styles.addNote} id="add-note" aria-labelledby="add-note-heading">
          <h3 id="add-note-heading">Add a note</h3>
          <AnnotationForm save={createAnnotationAction} caseSlug={caseSlug} initial={EMPTY_ANNOTATION_FORM} idPrefix="new-note" zone={timeZoneOf(actor)} />
        </section>
      ) : null}
    </section>
  );
}

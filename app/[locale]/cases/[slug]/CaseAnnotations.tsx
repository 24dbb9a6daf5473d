import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AnnotationForm } from "@/components/annotations/AnnotationForm";
import { createAnnotationAction } from "./annotations/actions";
import { AnnotationList } from "@/components/annotations/AnnotationList";
import { DocumentsSection } from "@/components/documents/DocumentsSection";
import styles from "@/components/annotations/annotations.module.css";
import { EMPTY_ANNOTATION_FORM } from "@/lib/core/annotation-input";
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
  const [notes, t] = await Promise.all([listAnnotations(caseId, actor), getTranslations("Annotations")]);
  const heading = (
    <h2 id="notes-heading">
      {t("heading")} <span className="count">({notes.count})</span>
    </h2>
  );

  if (!notes.visible) {
    return (
      <section className={styles.section} id="notes" aria-labelledby="notes-heading">
        {heading}
        <p>
          {notes.count === 0 ? t("noneYet") : t("thereAre", { count: notes.count })}{" "}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/cases/${caseSlug}`)}`}>{t("signInToRead")}</Link>
        </p>
      </section>
    );
  }

  const writer = hasRole(actor, "ANALYST") && actor.kind === "user";
  return (
    <section className={styles.section} id="notes" aria-labelledby="notes-heading">
      <div className={styles.sectionHead}>
        {heading}
        {writer && notes.count > 0 ? <a href="#add-note">{t("addANote")}</a> : null}
      </div>
      <p className="muted">{t("intro")}</p>
      {notes.count === 0 ? (
        <p>{t("noneYet")}</p>
      ) : (
        <AnnotationList
          caseSlug={caseSlug}
          annotations={notes.annotations}
          zone={timeZoneOf(actor)}
          // Each note's documents, read as the note is (decision 056); only readers of notes get here.
          documents={Object.fromEntries(notes.annotations.map((note) => [note.id, <DocumentsSection key={note.id} kind="note" slug={note.id} note={{ caseSlug, canEdit: note.canEdit }} />]))}
        />
      )}
      {writer ? (
        <section className={styles.addNote} id="add-note" aria-labelledby="add-note-heading">
          <h3 id="add-note-heading">{t("addANote")}</h3>
          <AnnotationForm save={createAnnotationAction} caseSlug={caseSlug} initial={EMPTY_ANNOTATION_FORM} idPrefix="new-note" zone={timeZoneOf(actor)} />
        </section>
      ) : null}
    </section>
  );
}

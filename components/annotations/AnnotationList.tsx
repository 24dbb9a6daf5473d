import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Markdown } from "@/components/Markdown";
import type { AnnotationView } from "@/lib/core/views";
import { NoteBadges } from "./AssessmentBadge";
import styles from "./annotations.module.css";
import { Timestamp } from "./Timestamp";

export const notePath = (caseSlug: string, id: string, page: "edit" | "history" | "delete") => `/cases/${caseSlug}/annotations/${id}/${page}`;

/** The notes of a case, newest first: who wrote each, when, the assessment, the text, and what the reader may do. */
export function AnnotationList({ caseSlug, annotations, zone }: { caseSlug: string; annotations: AnnotationView[]; zone: string }) {
  const t = useTranslations("Annotations");
  return (
    <ol className={styles.list} aria-label={t("listLabel")}>
      {annotations.map((note) => (
        <li key={note.id} id={`note-${note.id}`} className={styles.note}>
          <article aria-labelledby={`note-${note.id}-head`}>
            <h3 className={styles.noteHead} id={`note-${note.id}-head`}>
              {t("noteBy", { author: note.author.name })}
            </h3>
            <p className={styles.meta}>
              {t("added")} <Timestamp iso={note.createdAt} zone={zone} />
              {note.version > 1 ? (
                <>
                  {" · "}
                  <Link href={notePath(caseSlug, note.id, "history")}>{t("edited", { version: note.version })}</Link>
                  {note.lastEditedBy ? (
                    <>
                      {" "}
                      {t.rich("editedBy", { name: note.lastEditedBy.name, time: () => <Timestamp iso={note.updatedAt} zone={zone} /> })}
                    </>
                  ) : null}
                </>
              ) : null}
            </p>
            <NoteBadges assessment={note.assessment} verified={note.verified} />
            <Markdown>{note.body}</Markdown>
            {note.canEdit || note.canDelete ? (
              <p className={styles.actions}>
                {note.canEdit ? (
                  <Link href={notePath(caseSlug, note.id, "edit")}>
                    {t("edit")}
                    <span className="visually-hidden"> {t("theNoteBy", { author: note.author.name })}</span>
                  </Link>
                ) : null}
                {note.canDelete ? (
                  <Link href={notePath(caseSlug, note.id, "delete")}>
                    {t("delete")}
                    <span className="visually-hidden"> {t("theNoteBy", { author: note.author.name })}</span>
                  </Link>
                ) : null}
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

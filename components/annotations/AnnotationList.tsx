import { useLocale, useTranslations } from "next-intl";
import { PartialDate } from "@/components/PartialDate";
import type { NoteTranslation } from "@/lib/core/views";
import { Link } from "@/lib/i18n/navigation";
import { Markdown } from "@/components/Markdown";
import type { AnnotationView } from "@/lib/core/views";
import { NoteBadges } from "./AssessmentBadge";
import styles from "./annotations.module.css";
import { Timestamp } from "./Timestamp";

export const notePath = (caseSlug: string, id: string, page: "edit" | "history" | "delete") => `/cases/${caseSlug}/annotations/${id}/${page}`;

/**
 * The notes of a case, newest first: who wrote each, when, the assessment, the text, its documents
 * (`documents`, by note id, rendered by the page: decision 056), and what the reader may do.
 */
export function AnnotationList({ caseSlug, annotations, zone, documents = {} }: { caseSlug: string; annotations: AnnotationView[]; zone: string; documents?: Record<string, React.ReactNode> }) {
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
            <NoteTexts note={note} />
            {documents[note.id] ?? null}
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

/**
 * A note's text in the reader's language (decision 042): as written, or its translation with who
 * made it and when; missing, the text as written, marked. The other language's text follows, so a
 * reader of both sees both; each with its `lang`.
 */
function NoteTexts({ note }: { note: AnnotationView }) {
  const t = useTranslations("Annotations");
  const locale = useLocale();
  const translated = note.lang === locale ? undefined : note.otherLanguages.find((o) => o.locale === locale);
  const original = { locale: note.lang, body: note.body };
  const others = note.otherLanguages.filter((o) => o.locale !== locale && o.locale !== note.lang);
  const by = (o: NoteTranslation) =>
    o.translatedBy ? (
      <p className={`muted small ${styles.origin}`}>{t.rich("translatedBy", { by: o.translatedBy, date: () => (o.translatedOn ? <PartialDate value={{ date: o.translatedOn, precision: "DAY" }} /> : null) })}</p>
    ) : null;
  return (
    <>
      {translated ? (
        <>
          <div lang={translated.locale}>
            <Markdown>{translated.body}</Markdown>
          </div>
          {by(translated)}
          <section className={styles.otherLanguage} aria-label={t("writtenIn", { language: original.locale })}>
            <h4 className={styles.otherHead}>{t("writtenIn", { language: original.locale })}</h4>
            <div lang={original.locale}>
              <Markdown>{original.body}</Markdown>
            </div>
          </section>
        </>
      ) : (
        <>
          {note.lang !== locale ? <p className={`muted small ${styles.origin}`}>{t("notTranslated", { language: note.lang })}</p> : null}
          <div lang={original.locale}>
            <Markdown>{original.body}</Markdown>
          </div>
        </>
      )}
      {(translated ? others : note.otherLanguages.filter((o) => o.locale !== note.lang)).map((o) => (
        <section key={o.locale} className={styles.otherLanguage} aria-label={t("alsoIn", { language: o.locale })}>
          <h4 className={styles.otherHead}>{t("alsoIn", { language: o.locale })}</h4>
          <div lang={o.locale}>
            <Markdown>{o.body}</Markdown>
          </div>
          {by(o)}
        </section>
      ))}
    </>
  );
}

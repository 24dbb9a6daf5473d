import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notePath } from "@/components/annotations/AnnotationList";
import { NoteBadges } from "@/components/annotations/AssessmentBadge";
import styles from "@/components/annotations/annotations.module.css";
import { lineDiff } from "@/components/annotations/line-diff";
import { Timestamp } from "@/components/annotations/Timestamp";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Markdown } from "@/components/Markdown";
import { ASSESSMENT_LABELS } from "@/lib/core/annotation-input";
import { plural } from "@/lib/core/labels";
import type { AnnotationVersionView } from "@/lib/server/queries/annotations";
import { pageActor } from "@/lib/server/page-actor";
import { timeZoneOf } from "@/lib/server/actor";
import { loadNote, noteTrail } from "../load-note";

type Props = { params: Promise<{ slug: string; id: string }> };

export const metadata: Metadata = { title: "Note versions" };

const DIFF_CLASS = { same: styles.diffSame, added: styles.diffAdded, removed: styles.diffRemoved } as const;
const DIFF_SIGN = { same: "  ", added: "+ ", removed: "− " } as const;
const DIFF_WORD = { same: "", added: "Added: ", removed: "Removed: " } as const;

/** What changed from the previous version, in words, then the text's lines. */
function Changes({ version, previous }: { version: AnnotationVersionView; previous: AnnotationVersionView }) {
  const fields: string[] = [];
  if (version.assessment !== previous.assessment) fields.push(`Assessment changed from ${ASSESSMENT_LABELS[previous.assessment]} to ${ASSESSMENT_LABELS[version.assessment]}.`);
  if (version.verified !== previous.verified) fields.push(version.verified ? "Marked as verified." : "No longer marked as verified.");
  return (
    <>
      <h3>Changes from version {previous.version}</h3>
      {fields.map((f) => (
        <p key={f}>{f}</p>
      ))}
      {version.body === previous.body ? (
        <p className="muted">The text is unchanged.</p>
      ) : (
        <>
          <p className="muted small">The text, line by line (Markdown as typed): removed lines struck through and marked −, added lines marked +.</p>
          <pre className={styles.diff} tabIndex={0} aria-label={`Changes in the text from version ${previous.version} to ${version.version}`}>
            {lineDiff(previous.body, version.body).map((line, i) => (
              <span key={i} className={DIFF_CLASS[line.kind]}>
                <span className="visually-hidden">{DIFF_WORD[line.kind]}</span>
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
  return (
    <>
      <Breadcrumbs trail={[...noteTrail(slug, note.caseTitle, id, note.author.name), { label: "Versions" }]} />
      <h1>Versions of the note by {note.author.name}</h1>
      <p className="lead">
        On <Link href={`/cases/${slug}`}>{note.caseTitle}</Link>. {plural(note.versions.length, "version")}, newest first: who saved each, when, and what it said.
        {note.canEdit ? (
          <>
            {" "}
            <Link href={notePath(slug, id, "edit")}>Edit the note</Link>
          </>
        ) : null}
      </p>
      <ol className={styles.versions} aria-label={plural(note.versions.length, "version")}>
        {note.versions.map((v, i) => {
          const previous = note.versions[i + 1];
          return (
            <li key={v.version} className={styles.version} id={`version-${v.version}`}>
              <h2>
                Version {v.version}
                {v.version === note.version ? " (current)" : ""} — {v.version === 1 ? "written" : "saved"} by {v.editedBy.name}, <Timestamp iso={v.editedAt} zone={timeZoneOf(actor)} />
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

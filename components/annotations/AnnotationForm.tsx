"use client";

import { Link } from "@/lib/i18n/navigation";
import { useActionState } from "react";
import { Markdown } from "@/components/Markdown";
import { ASSESSMENT_HINTS, ASSESSMENT_LABELS, ASSESSMENTS, type AnnotationFormState, type AnnotationFormValues, type Assessment } from "@/lib/core/annotation-input";
import { formatMinute } from "@/lib/core/timestamps";
import { NoteBadges } from "./AssessmentBadge";
import styles from "./annotations.module.css";
import { describedBy, ErrorList, ErrorSummary, Field, messagesFor } from "@/components/forms/Field";

const FIELD_LABELS: Record<string, string> = { body: "Note", assessment: "Progress assessment", verified: "Verified", expectedVersion: "Version", input: "Form" };

/**
 * Adding a note (on the case page) or editing one (its edit page). Editing sends the version the
 * user started from; if someone else saved another version meanwhile, the save is refused and the
 * form shows that version beside the user's own text (kept in the textarea), now based on it.
 */
export function AnnotationForm({ save, caseSlug, annotationId, initial, cancelHref, idPrefix = "note", zone }: {
  /** The server action: adding a note, or saving the edited one (the page passes it). */
  save: (previous: AnnotationFormState, form: FormData) => Promise<AnnotationFormState>;
  caseSlug: string;
  /** The note being edited; absent when adding one. */
  annotationId?: string;
  initial: AnnotationFormValues;
  cancelHref?: string;
  idPrefix?: string;
  /** The reader's time zone, for the times of a conflicting version. */
  zone: string;
}) {
  const editing = annotationId !== undefined;
  const [state, action, pending] = useActionState<AnnotationFormState, FormData>(save, {
    attempt: 0,
    status: "idle",
    message: null,
    errors: [],
    values: initial,
    conflict: null,
  });
  const v = state.values;
  const errors = state.errors;
  const conflict = state.conflict;
  const id = (field: string) => `${idPrefix}-${field}`;
  const byField: Record<string, string[]> = {};
  for (const e of errors) (byField[e.parameter] ??= []).push(e.message);
  const bodyMessages = messagesFor(errors, "body");
  const assessmentMessages = messagesFor(errors, "assessment");
  const verifiedMessages = messagesFor(errors, "verified");

  const fields = (
    <>
      <Field
        id={id("body")}
        label={conflict ? "Your text" : "Note"}
        required
        messages={bodyMessages}
        hint={
          <>
            Markdown: <code>**bold**</code>, <code>_italic_</code>, <code>- </code> at the start of a line for a list, <code>&gt; </code> for a quotation,{" "}
            <code>[link text](https://…)</code>. HTML is shown as typed, not applied; images are shown as links, not loaded.
          </>
        }
      >
        <textarea id={id("body")} name="body" defaultValue={v.body} rows={editing ? 14 : 6} aria-invalid={bodyMessages.length > 0} aria-describedby={describedBy(id("body"), { hint: true, error: bodyMessages.length > 0 })} />
      </Field>
      <div className={`form-field${assessmentMessages.length ? " has-error" : ""}`}>
        <label htmlFor={id("assessment")}>Progress assessment</label>
        <ul className={`field-hint ${styles.assessmentHints}`} id={id("assessment-hint")}>
          {ASSESSMENTS.map((a) => (
            <li key={a}>
              <strong>{ASSESSMENT_LABELS[a]}</strong>: {ASSESSMENT_HINTS[a]}
            </li>
          ))}
        </ul>
        <ErrorList id={id("assessment-error")} messages={assessmentMessages} />
        <select
          id={id("assessment")}
          name="assessment"
          defaultValue={v.assessment.toLowerCase()}
          aria-invalid={assessmentMessages.length > 0}
          aria-describedby={describedBy(id("assessment"), { hint: true, error: assessmentMessages.length > 0 })}
        >
          <option value="">Choose an assessment</option>
          {ASSESSMENTS.map((a) => (
            <option key={a} value={a.toLowerCase()}>
              {ASSESSMENT_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
      <div className={`form-field${verifiedMessages.length ? " has-error" : ""}`}>
        <ErrorList id={id("verified-error")} messages={verifiedMessages} />
        <label className="checkbox">
          <input type="checkbox" name="verified" id={id("verified")} defaultChecked={v.verified} aria-describedby={id("verified-hint")} />
          <span>Verified</span>
        </label>
        <p className="field-hint" id={id("verified-hint")}>
          Tick when you have checked what the note says against a source (a court record, an official statement).
        </p>
      </div>
    </>
  );

  return (
    // The key remounts the form after each attempt so every field shows what the server sent back.
    <form action={action} className={`${styles.form}${conflict ? ` ${styles.wide}` : ""}`} key={state.attempt} noValidate>
      {state.status === "saved" && state.message ? (
        <p className="notice notice-success" role="status">
          {state.message}
        </p>
      ) : null}
      {state.status === "refused" && state.message && conflict ? (
        <div className="notice notice-error" role="alert" id={id("form-error")}>
          <p>
            <strong>Someone else saved a new version of this note</strong> (version {conflict.current.version}, by {conflict.current.editedBy}{" "}
            at {formatMinute(conflict.current.editedAt, zone)}) while you were editing version {conflict.yourVersion}. Nothing was overwritten.
          </p>
          <p>
            Compare their version with yours. Merge into your text what you want to keep from theirs, then save: your save becomes version{" "}
            {conflict.current.version + 1}, and both versions stay in the history.
          </p>
        </div>
      ) : null}
      {state.status === "refused" && state.message && !conflict ? (
        <ErrorSummary errors={{ "": [state.message], ...byField }} refusal={state} labelOf={(p) => FIELD_LABELS[p] ?? p} anchorOf={id} id={id("form-error")} />
      ) : null}
      <input type="hidden" name="case" value={caseSlug} />
      {editing ? <input type="hidden" name="annotation" value={annotationId} /> : null}
      {v.expectedVersion ? <input type="hidden" name="expectedVersion" value={v.expectedVersion} /> : null}

      {conflict ? (
        <div className={styles.sideBySide}>
          <section className={styles.theirs} aria-labelledby={id("theirs-heading")}>
            <h3 id={id("theirs-heading")}>
              Their version {conflict.current.version} (saved by {conflict.current.editedBy}, {formatMinute(conflict.current.editedAt, zone)})
            </h3>
            <NoteBadges assessment={conflict.current.assessment as Assessment} verified={conflict.current.verified} />
            <h4>As shown</h4>
            <div className={styles.rendered}>
              <Markdown>{conflict.current.body}</Markdown>
            </div>
            <h4 id={id("theirs-raw")}>As typed (Markdown, to copy from)</h4>
            <pre className={styles.raw} aria-labelledby={id("theirs-raw")} tabIndex={0}>
              {conflict.current.body}
            </pre>
          </section>
          <div className={styles.yours}>
            <h3>Your version (not saved yet)</h3>
            {fields}
          </div>
        </div>
      ) : (
        fields
      )}

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : conflict ? `Save my text as version ${conflict.current.version + 1}` : editing ? "Save changes" : "Add note"}
        </button>
        {cancelHref ? <Link href={cancelHref}>Cancel{conflict ? ", keep their version" : ""}</Link> : null}
      </div>
    </form>
  );
}

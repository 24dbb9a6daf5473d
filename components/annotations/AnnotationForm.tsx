"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useActionState, useState } from "react";
import { LOCALES } from "@/lib/core/locales";
import { Markdown } from "@/components/Markdown";
import { ASSESSMENTS, type AnnotationFormState, type AnnotationFormValues, type Assessment } from "@/lib/core/annotation-input";
import { formatMinute } from "@/lib/core/timestamps";
import { NoteBadges } from "./AssessmentBadge";
import { ASSESSMENT_KEYS } from "./assessment-keys";
import styles from "./annotations.module.css";
import { describedBy, ErrorList, ErrorSummary, Field, messagesFor } from "@/components/forms/Field";

/** The fields an error may name, by their catalogue keys ("Annotations.field.…"). */
const FIELDS = ["body", "lang", "otherBody", "assessment", "verified", "expectedVersion", "input"] as const;
const isField = (p: string): p is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(p);

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
  const t = useTranslations("Annotations");
  const tf = useTranslations("CaseForm");
  const locale = useLocale();
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
  // The other-language body's errors come as translations.<locale>.body: shown beside its field.
  const errors = state.errors.map((e) => (/^translations\.\w+\.body$/.test(e.parameter) ? { ...e, parameter: "otherBody" } : e));
  // "Written in" is the page's language unless the note says otherwise; the other field follows it.
  const [lang, setLang] = useState(v.lang || locale);
  const other = LOCALES.find((l) => l !== lang) ?? "en";
  const conflict = state.conflict;
  const id = (field: string) => `${idPrefix}-${field}`;
  const byField: Record<string, string[]> = {};
  for (const e of errors) (byField[e.parameter] ??= []).push(e.message);
  const bodyMessages = messagesFor(errors, "body");
  const assessmentMessages = messagesFor(errors, "assessment");
  const verifiedMessages = messagesFor(errors, "verified");
  const langMessages = messagesFor(errors, "lang");
  const otherMessages = messagesFor(errors, "otherBody");

  const fields = (
    <>
      <Field
        id={id("body")}
        label={conflict ? t("yourText") : t("field.body")}
        required
        messages={bodyMessages}
        hint={<>{t.rich("markdownHint", { code: (chunks) => <code>{chunks}</code> })}</>}
      >
        <textarea id={id("body")} name="body" lang={lang} defaultValue={v.body} rows={editing ? 14 : 6} aria-invalid={bodyMessages.length > 0} aria-describedby={describedBy(id("body"), { hint: true, error: bodyMessages.length > 0 })} />
      </Field>
      <Field id={id("lang")} label={t("lang")} required messages={langMessages} hint={t("langHint")}>
        <select
          id={id("lang")}
          name="lang"
          value={lang}
          onChange={(e) => setLang(e.target.value)}
          aria-invalid={langMessages.length > 0}
          aria-describedby={describedBy(id("lang"), { hint: true, error: langMessages.length > 0 })}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t("languageName", { language: l })}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("otherBody")} label={t("otherBody", { language: other })} messages={otherMessages} hint={t("otherBodyHint")}>
        <textarea
          id={id("otherBody")}
          name="otherBody"
          lang={other}
          defaultValue={v.otherBody}
          rows={editing ? 8 : 4}
          aria-invalid={otherMessages.length > 0}
          aria-describedby={describedBy(id("otherBody"), { hint: true, error: otherMessages.length > 0 })}
        />
      </Field>
      <div className={`form-field${assessmentMessages.length ? " has-error" : ""}`}>
        <label htmlFor={id("assessment")}>{t("field.assessment")}</label>
        <ul className={`field-hint ${styles.assessmentHints}`} id={id("assessment-hint")}>
          {ASSESSMENTS.map((a) => (
            <li key={a}>
              <strong>{t(`assessment.${ASSESSMENT_KEYS[a]}`)}</strong>: {t(`assessmentHint.${ASSESSMENT_KEYS[a]}`)}
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
          <option value="">{t("chooseAssessment")}</option>
          {ASSESSMENTS.map((a) => (
            <option key={a} value={a.toLowerCase()}>
              {t(`assessment.${ASSESSMENT_KEYS[a]}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={`form-field${verifiedMessages.length ? " has-error" : ""}`}>
        <ErrorList id={id("verified-error")} messages={verifiedMessages} />
        <label className="checkbox">
          <input type="checkbox" name="verified" id={id("verified")} defaultChecked={v.verified} aria-describedby={id("verified-hint")} />
          <span>{t("verified")}</span>
        </label>
        <p className="field-hint" id={id("verified-hint")}>
          {t("verifiedHint")}
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
            {t.rich("conflict", {
              version: conflict.current.version,
              who: conflict.current.editedBy,
              at: formatMinute(conflict.current.editedAt, zone, locale),
              yours: conflict.yourVersion,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <p>{t("conflictMerge", { next: conflict.current.version + 1 })}</p>
        </div>
      ) : null}
      {state.status === "refused" && state.message && !conflict ? (
        <ErrorSummary
          errors={{ "": [state.message], ...byField }}
          refusal={state}
          labelOf={(p) => (isField(p) ? t(`field.${p}`) : p)}
          anchorOf={id}
          id={id("form-error")}
          title={tf("notSaved")}
          fieldsIntro={tf("correctFields")}
        />
      ) : null}
      <input type="hidden" name="case" value={caseSlug} />
      {editing ? <input type="hidden" name="annotation" value={annotationId} /> : null}
      {v.expectedVersion ? <input type="hidden" name="expectedVersion" value={v.expectedVersion} /> : null}

      {conflict ? (
        <div className={styles.sideBySide}>
          <section className={styles.theirs} aria-labelledby={id("theirs-heading")}>
            <h3 id={id("theirs-heading")}>
              {t("theirVersion", { version: conflict.current.version, who: conflict.current.editedBy, at: formatMinute(conflict.current.editedAt, zone, locale) })}
            </h3>
            <NoteBadges assessment={conflict.current.assessment as Assessment} verified={conflict.current.verified} />
            <h4>{t("asShown")}</h4>
            <div className={styles.rendered}>
              <Markdown>{conflict.current.body}</Markdown>
            </div>
            <h4 id={id("theirs-raw")}>{t("asTyped")}</h4>
            <pre className={styles.raw} aria-labelledby={id("theirs-raw")} tabIndex={0} lang={conflict.current.lang}>
              {conflict.current.body}
            </pre>
            {Object.entries(conflict.current.translations ?? {}).map(([l, texts]) =>
              texts?.body ? (
                <div key={l}>
                  <h4 id={id(`theirs-${l}`)}>{t("alsoIn", { language: l })}</h4>
                  <pre className={styles.raw} aria-labelledby={id(`theirs-${l}`)} tabIndex={0} lang={l}>
                    {texts.body}
                  </pre>
                </div>
              ) : null,
            )}
          </section>
          <div className={styles.yours}>
            <h3>{t("yourVersion")}</h3>
            {fields}
          </div>
        </div>
      ) : (
        fields
      )}

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? tf("saving") : conflict ? t("saveAsVersion", { version: conflict.current.version + 1 }) : editing ? tf("saveChanges") : t("addNote")}
        </button>
        {cancelHref ? <Link href={cancelHref}>{conflict ? t("cancelKeepTheirs") : t("cancel")}</Link> : null}
      </div>
    </form>
  );
}

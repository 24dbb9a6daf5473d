"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { StageFormState, StageFormValues } from "@/lib/core/case-input";
import type { StageChoice } from "@/lib/core/stage-machine";
import styles from "./case.module.css";
import { describedBy, ErrorList, Field, messagesFor } from "@/components/forms/Field";

const LABELS: Record<string, string> = {
  stage: "New stage",
  date: "Date",
  inAbsentia: "In absentia",
  note: "Why",
  "source.slug": "Source",
  "source.title": "Source title",
  "source.url": "Source URL",
  "source.locator": "Passage",
  expectedVersion: "Version",
};

/**
 * Records a stage change. Offers only the stages the case may move to (those needing a note say
 * so); the server checks again with the date and the note, and a refusal comes back beside the
 * field with the rule in words.
 */
export function StageForm({ save, caseSlug, version, choices, sources, initial }: {
  /** The server action (the page passes it). */
  save: (previous: StageFormState, form: FormData) => Promise<StageFormState>;
  caseSlug: string;
  version: number;
  choices: StageChoice[];
  /** The case's own sources, to cite one for this stage. */
  sources: { slug: string; title: string }[];
  initial: StageFormValues;
}) {
  const [state, action, pending] = useActionState<StageFormState, FormData>(save, { attempt: 0, message: null, errors: [], values: initial });
  const v = state.values;
  const errors = state.errors;
  const allowed = choices.filter((c) => c.allowed);
  const field = (name: string) => {
    const messages = messagesFor(errors, name);
    const id = `stage-${name.replace(/\./g, "-")}`;
    return { id, messages, aria: { "aria-invalid": messages.length > 0, "aria-describedby": describedBy(id, { hint: true, error: messages.length > 0 }) } };
  };
  const stage = field("stage");
  const date = field("date");
  const absentia = field("inAbsentia");
  const note = field("note");
  const sourceSlug = field("source.slug");
  const sourceTitle = field("source.title");
  const sourceUrl = field("source.url");
  const sourceLocator = field("source.locator");

  return (
    <form action={action} className="milestone-form" key={state.attempt} noValidate>
      {state.message ? (
        <div className="notice notice-error" role="alert" id="form-error">
          <p>
            <strong>The stage change was not recorded.</strong> {errors.length > 0 ? null : state.message}
          </p>
          {errors.length > 0 ? (
            <ul>
              {errors.map((e, i) => (
                <li key={`${e.parameter}-${i}`}>
                  <a href={`#stage-${e.parameter.replace(/\./g, "-")}`}>{LABELS[e.parameter] ?? e.parameter}</a>: {messagesFor([e], e.parameter)[0]}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="case" value={caseSlug} />
      <input type="hidden" name="expectedVersion" value={v.expectedVersion || String(version)} />

      <fieldset className="form-section">
        <legend>The change</legend>
        <Field id={stage.id} label="New stage" required messages={stage.messages} hint="Only the stages this case may move to are offered. Going back, or closing the case, needs a note saying why.">
          <select id={stage.id} name="stage" defaultValue={v.stage} {...stage.aria}>
            <option value="">Choose the stage it reached</option>
            {allowed.map((c) => (
              <option key={c.stage} value={c.stage}>
                {c.label}
                {c.needsNote ? (c.stage === "CLOSED" ? " (closing: say why)" : " (going back: say why)") : ""}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={date.id}
          label="Date"
          required
          messages={date.messages}
          hint="Only as precise as the source: 2025-02-10 for a day, 2025-02 for a month, 2025 for a year. Not before the current stage’s date, not in the future."
        >
          <input id={date.id} name="date" type="text" inputMode="numeric" defaultValue={v.date} autoComplete="off" {...date.aria} />
        </Field>
        <div className={`form-field${absentia.messages.length ? " has-error" : ""}`}>
          <ErrorList id={`${absentia.id}-error`} messages={absentia.messages} />
          <label className="checkbox">
            <input type="checkbox" id={absentia.id} name="inAbsentia" value="on" defaultChecked={v.inAbsentia} />
            <span>In absentia: the trial, judgment or appeal takes place without the accused present</span>
          </label>
        </div>
        <Field
          id={note.id}
          label={
            <>
              Why <span className="optional">(required when going back or closing)</span>
            </>
          }
          required
          messages={note.messages}
          hint="For example: charges not confirmed; retrial ordered on appeal; proceedings discontinued; accused deceased."
        >
          <textarea id={note.id} name="note" rows={3} defaultValue={v.note} {...note.aria} />
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend>
          Source for this stage <span className="optional">(optional)</span>
        </legend>
        <Field id={sourceSlug.id} label="One of the case’s sources" required messages={sourceSlug.messages}>
          <select id={sourceSlug.id} name="source.slug" defaultValue={v.sourceSlug}>
            <option value="">None, or a new source described below</option>
            {sources.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </Field>
        <div className={styles.rowGrid}>
          <Field id={sourceTitle.id} label="New source: title" messages={sourceTitle.messages}>
            <input id={sourceTitle.id} name="source.title" type="text" defaultValue={v.sourceTitle} autoComplete="off" />
          </Field>
          <Field id={sourceUrl.id} label="New source: URL" messages={sourceUrl.messages}>
            <input id={sourceUrl.id} name="source.url" type="text" inputMode="url" placeholder="https://" defaultValue={v.sourceUrl} autoComplete="off" />
          </Field>
          <Field id={sourceLocator.id} label="Passage" className={styles.wide} messages={sourceLocator.messages}>
            <textarea id={sourceLocator.id} name="source.locator" rows={2} defaultValue={v.sourceLocator} />
          </Field>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Recording…" : "Record the stage change"}
        </button>
        <Link href={`/cases/${caseSlug}`}>Cancel</Link>
      </div>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { StageFormState, StageFormValues } from "@/lib/core/case-input";
import type { StageChoice } from "@/lib/core/stage-machine";
import styles from "./case.module.css";
import { ErrorList, messagesFor } from "@/components/forms/Field";




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
    return { id, messages, className: `form-field${messages.length ? " has-error" : ""}`, describedBy: messages.length ? `${id}-error` : undefined };
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
        <div className={stage.className}>
          <label htmlFor={stage.id}>New stage</label>
          <p className="field-hint" id={`${stage.id}-hint`}>
            Only the stages this case may move to are offered. Going back, or closing the case, needs a note saying why.
          </p>
          <ErrorList id={`${stage.id}-error`} messages={stage.messages} />
          <select id={stage.id} name="stage" defaultValue={v.stage} aria-invalid={stage.messages.length > 0} aria-describedby={[`${stage.id}-hint`, stage.describedBy].filter(Boolean).join(" ")}>
            <option value="">Choose the stage it reached</option>
            {allowed.map((c) => (
              <option key={c.stage} value={c.stage}>
                {c.label}
                {c.needsNote ? (c.stage === "CLOSED" ? " (closing: say why)" : " (going back: say why)") : ""}
              </option>
            ))}
          </select>
        </div>
        <div className={date.className}>
          <label htmlFor={date.id}>Date</label>
          <p className="field-hint" id={`${date.id}-hint`}>
            Only as precise as the source: 2025-02-10 for a day, 2025-02 for a month, 2025 for a year. Not before the current stage’s date, not in the future.
          </p>
          <ErrorList id={`${date.id}-error`} messages={date.messages} />
          <input id={date.id} name="date" type="text" inputMode="numeric" defaultValue={v.date} autoComplete="off" aria-invalid={date.messages.length > 0} aria-describedby={[`${date.id}-hint`, date.describedBy].filter(Boolean).join(" ")} />
        </div>
        <div className={absentia.className}>
          <ErrorList id={`${absentia.id}-error`} messages={absentia.messages} />
          <label className="checkbox">
            <input type="checkbox" id={absentia.id} name="inAbsentia" value="on" defaultChecked={v.inAbsentia} />
            <span>In absentia: the trial, judgment or appeal takes place without the accused present</span>
          </label>
        </div>
        <div className={note.className}>
          <label htmlFor={note.id}>
            Why <span className="optional">(required when going back or closing)</span>
          </label>
          <p className="field-hint" id={`${note.id}-hint`}>
            For example: charges not confirmed; retrial ordered on appeal; proceedings discontinued; accused deceased.
          </p>
          <ErrorList id={`${note.id}-error`} messages={note.messages} />
          <textarea id={note.id} name="note" rows={3} defaultValue={v.note} aria-invalid={note.messages.length > 0} aria-describedby={[`${note.id}-hint`, note.describedBy].filter(Boolean).join(" ")} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>
          Source for this stage <span className="optional">(optional)</span>
        </legend>
        <div className={sourceSlug.className}>
          <label htmlFor={sourceSlug.id}>One of the case’s sources</label>
          <ErrorList id={`${sourceSlug.id}-error`} messages={sourceSlug.messages} />
          <select id={sourceSlug.id} name="source.slug" defaultValue={v.sourceSlug}>
            <option value="">None, or a new source described below</option>
            {sources.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.rowGrid}>
          <div className={sourceTitle.className}>
            <label htmlFor={sourceTitle.id}>
              New source: title <span className="optional">(optional)</span>
            </label>
            <ErrorList id={`${sourceTitle.id}-error`} messages={sourceTitle.messages} />
            <input id={sourceTitle.id} name="source.title" type="text" defaultValue={v.sourceTitle} autoComplete="off" />
          </div>
          <div className={sourceUrl.className}>
            <label htmlFor={sourceUrl.id}>
              New source: URL <span className="optional">(optional)</span>
            </label>
            <ErrorList id={`${sourceUrl.id}-error`} messages={sourceUrl.messages} />
            <input id={sourceUrl.id} name="source.url" type="text" inputMode="url" placeholder="https://" defaultValue={v.sourceUrl} autoComplete="off" />
          </div>
          <div className={`${sourceLocator.className} ${styles.wide}`}>
            <label htmlFor={sourceLocator.id}>
              Passage <span className="optional">(optional)</span>
            </label>
            <ErrorList id={`${sourceLocator.id}-error`} messages={sourceLocator.messages} />
            <textarea id={sourceLocator.id} name="source.locator" rows={2} defaultValue={v.sourceLocator} />
          </div>
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

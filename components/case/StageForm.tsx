"use client";

import { useForm } from "@conform-to/react";
import { Link } from "@/lib/i18n/navigation";
import { ErrorList, ErrorSummary, messagesOf, SelectField, TextField, textOf, type FieldMeta } from "@/components/forms/Field";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import type { z } from "zod";
import type { stageChangeInputSchema } from "@/lib/core/case-input";
import type { StageChoice } from "@/lib/core/stage-machine";
import type { FormAction } from "@/lib/web/form-submission";
import styles from "./case.module.css";

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

type Props = {
  caseSlug: string;
  version: number;
  choices: StageChoice[];
  /** The case's own sources, to cite one for this stage. */
  sources: { slug: string; title: string }[];
};

/**
 * Records a stage change. Offers only the stages the case may move to (those needing a note say
 * so); the server checks again with the date and the note, and a refusal comes back beside the
 * field with the rule in words. The page passes the server action (`save`).
 */
export function StageForm({ save, ...props }: Props & { save: FormAction }) {
  const state = useFormReply(save);
  // The form re-mounts after each round trip (the key), so every field shows what was sent.
  return <StageFields key={state.attempt} state={state} {...props} />;
}

function StageFields({ state, caseSlug, version, choices, sources }: Props & { state: FormReplyState }) {
  const { action, pending, reply, result } = state;
  // Typed by the API's input; what was sent comes back as the form's strings (Conform reads them so).
  const [form, fields] = useForm<z.input<typeof stageChangeInputSchema>>({ lastResult: result, defaultValue: reply?.initialValue as never });
  const source = (fields.source as unknown as { getFieldset(): Record<"slug" | "title" | "url" | "locator", FieldMeta> }).getFieldset();
  const absentia = messagesOf(fields.inAbsentia.name, fields.inAbsentia.errors);
  const stages = choices.filter((c) => c.allowed).map((c) => ({ value: c.stage, label: c.label, hint: c.needsNote ? (c.stage === "CLOSED" ? "closing: say why" : "going back: say why") : undefined }));

  return (
    <form id={form.id} action={action} className="milestone-form" noValidate>
      <ErrorSummary errors={reply?.error} labelOf={(p) => LABELS[p] ?? p} anchorOf={(p) => `stage-${p.replace(/\./g, "-")}`} title="The stage change was not recorded." fieldsIntro={null} />
      <input type="hidden" name="case" value={caseSlug} />
      <input type="hidden" name="expectedVersion" value={textOf(fields.expectedVersion.initialValue) || String(version)} />

      <fieldset className="form-section">
        <legend>The change</legend>
        <SelectField
          meta={fields.stage}
          id="stage-stage"
          label="New stage"
          options={stages}
          emptyLabel="Choose the stage it reached"
          hint="Only the stages this case may move to are offered. Going back, or closing the case, needs a note saying why."
        />
        <TextField
          meta={fields.date}
          id="stage-date"
          label="Date"
          required
          inputMode="numeric"
          hint="Only as precise as the source: 2025-02-10 for a day, 2025-02 for a month, 2025 for a year. Not before the current stage’s date, not in the future."
        />
        <div className={`form-field${absentia.length ? " has-error" : ""}`}>
          <ErrorList id="stage-inAbsentia-error" messages={absentia} />
          <label className="checkbox">
            <input type="checkbox" id="stage-inAbsentia" name={fields.inAbsentia.name} value="on" defaultChecked={fields.inAbsentia.initialValue === "on"} />
            <span>In absentia: the trial, judgment or appeal takes place without the accused present</span>
          </label>
        </div>
        <TextField
          meta={fields.note}
          id="stage-note"
          label={
            <>
              Why <span className="optional">(required when going back or closing)</span>
            </>
          }
          required
          multiline
          hint="For example: charges not confirmed; retrial ordered on appeal; proceedings discontinued; accused deceased."
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>
          Source for this stage <span className="optional">(optional)</span>
        </legend>
        <SelectField meta={source.slug} id="stage-source-slug" label="One of the case’s sources" options={sources.map((s) => ({ value: s.slug, label: s.title }))} emptyLabel="None, or a new source described below" />
        <div className={styles.rowGrid}>
          <TextField meta={source.title} id="stage-source-title" label="New source: title" />
          <TextField meta={source.url} id="stage-source-url" label="New source: URL" inputMode="url" placeholder="https://" />
          <TextField meta={source.locator} id="stage-source-locator" label="Passage" multiline rows={2} className={styles.wide} />
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

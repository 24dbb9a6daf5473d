"use client";

import { useForm } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { ErrorList, ErrorSummary, messagesOf, SelectField, TextField, textOf, type FieldMeta } from "@/components/forms/Field";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import type { z } from "zod";
import type { stageChangeInputSchema } from "@/lib/core/case-input";
import { labelsIn } from "@/lib/core/labels";
import type { StageChoice } from "@/lib/core/stage-machine";
import type { FormAction } from "@/lib/web/form-submission";
import styles from "./case.module.css";

/** The catalogue keys ("Stages.field.…") of the fields an error may name. */
const LABELS: Record<string, "stage" | "date" | "inAbsentia" | "note" | "sourceSlug" | "sourceTitle" | "sourceUrl" | "sourceLocator" | "expectedVersion"> = {
  stage: "stage",
  date: "date",
  inAbsentia: "inAbsentia",
  note: "note",
  "source.slug": "sourceSlug",
  "source.title": "sourceTitle",
  "source.url": "sourceUrl",
  "source.locator": "sourceLocator",
  expectedVersion: "expectedVersion",
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
  const t = useTranslations("Stages");
  const labels = labelsIn(useLocale());
  // Typed by the API's input; what was sent comes back as the form's strings (Conform reads them so).
  const [form, fields] = useForm<z.input<typeof stageChangeInputSchema>>({ lastResult: result, defaultValue: reply?.initialValue as never });
  const source = (fields.source as unknown as { getFieldset(): Record<"slug" | "title" | "url" | "locator", FieldMeta> }).getFieldset();
  const absentia = messagesOf(fields.inAbsentia.name, fields.inAbsentia.errors);
  const stages = choices
    .filter((c) => c.allowed)
    .map((c) => ({ value: c.stage, label: labels.caseStage[c.stage], hint: c.needsNote ? (c.stage === "CLOSED" ? t("hintClosing") : t("hintBack")) : undefined }));
  const labelOf = (p: string) => (LABELS[p] ? t(`field.${LABELS[p]}`) : p);

  return (
    <form id={form.id} action={action} className="milestone-form" noValidate>
      <ErrorSummary errors={reply?.error} labelOf={labelOf} anchorOf={(p) => `stage-${p.replace(/\./g, "-")}`} title={t("notRecorded")} fieldsIntro={null} />
      <input type="hidden" name="case" value={caseSlug} />
      <input type="hidden" name="expectedVersion" value={textOf(fields.expectedVersion.initialValue) || String(version)} />

      <fieldset className="form-section">
        <legend>{t("change")}</legend>
        <SelectField
          meta={fields.stage}
          id="stage-stage"
          label={t("field.stage")}
          options={stages}
          emptyLabel={t("chooseStage")}
          hint={t("stageHint")}
        />
        <TextField
          meta={fields.date}
          id="stage-date"
          label={t("field.date")}
          required
          inputMode="numeric"
          hint={t("dateHint")}
        />
        <div className={`form-field${absentia.length ? " has-error" : ""}`}>
          <ErrorList id="stage-inAbsentia-error" messages={absentia} />
          <label className="checkbox">
            <input type="checkbox" id="stage-inAbsentia" name={fields.inAbsentia.name} value="on" defaultChecked={fields.inAbsentia.initialValue === "on"} />
            <span>{t("inAbsentiaCheck")}</span>
          </label>
        </div>
        <TextField
          meta={fields.note}
          id="stage-note"
          label={
            <>
              {t("field.note")} <span className="optional">{t("requiredWhen")}</span>
            </>
          }
          required
          multiline
          hint={t("noteHint")}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>
          {t("sourceLegend")} <span className="optional">{t("optional")}</span>
        </legend>
        <SelectField meta={source.slug} id="stage-source-slug" label={t("caseSource")} options={sources.map((s) => ({ value: s.slug, label: s.title }))} emptyLabel={t("noneOrNew")} />
        <div className={styles.rowGrid}>
          <TextField meta={source.title} id="stage-source-title" label={t("newSourceTitle")} />
          <TextField meta={source.url} id="stage-source-url" label={t("newSourceUrl")} inputMode="url" placeholder="https://" />
          <TextField meta={source.locator} id="stage-source-locator" label={t("field.sourceLocator")} multiline rows={2} className={styles.wide} />
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? t("recording") : t("submit")}
        </button>
        <Link href={`/cases/${caseSlug}`}>{t("cancel")}</Link>
      </div>
    </form>
  );
}

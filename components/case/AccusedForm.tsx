"use client";

import { useForm } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { ErrorSummary, SelectField, TextField, textOf } from "@/components/forms/Field";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import type { AccusedFormValues } from "@/lib/core/case-input";
import type { Option } from "@/lib/core/views";
import type { FormAction } from "@/lib/web/form-submission";

/** The fields an error may name, by their catalogue keys ("Accused.field.…"). */
const FIELDS = ["name", "nameUkrainian", "kind", "level", "rank", "description", "expectedUpdatedAt"] as const;
const isField = (p: string): p is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(p);

/** The form that changes an accused's own record (every case they are in shows the change). The page passes the action. */
export function AccusedForm({ save, slug, initial, kinds, levels }: { save: FormAction; slug: string; initial: AccusedFormValues; kinds: Option[]; levels: Option[] }) {
  const state = useFormReply(save);
  // After a refusal, only what was sent: a field left empty is missing from it, and must stay empty.
  const defaultValue = (state.reply?.initialValue as AccusedFormValues | undefined) ?? initial;
  return <AccusedFields key={state.attempt} {...{ state, defaultValue, slug, kinds, levels }} />;
}

function AccusedFields({ state, defaultValue, slug, kinds, levels }: {
  state: FormReplyState;
  defaultValue: AccusedFormValues;
  slug: string;
  kinds: Option[];
  levels: Option[];
}) {
  const { action, pending, reply, result } = state;
  const t = useTranslations("Accused");
  const tf = useTranslations("CaseForm");
  const [form, fields] = useForm({ lastResult: result, defaultValue });
  return (
    <form id={form.id} action={action} className="milestone-form" noValidate>
      <ErrorSummary
        errors={reply?.error}
        labelOf={(p) => (isField(p) ? t(`field.${p}`) : p)}
        anchorOf={(p) => `field-${p}`}
        title={tf("notSaved")}
        fieldsIntro={tf("correctFields")}
      />
      <input type="hidden" name="accused" value={slug} />
      <input type="hidden" name="expectedUpdatedAt" value={textOf(fields.expectedUpdatedAt.initialValue)} />
      <fieldset className="form-section">
        <legend>{t("theAccused")}</legend>
        <TextField meta={fields.name} id="field-name" label={t("field.name")} required />
        <TextField meta={fields.nameUkrainian} id="field-nameUkrainian" label={t("field.nameUkrainian")} />
        <div className="form-row">
          <SelectField meta={fields.kind} id="field-kind" label={t("field.kind")} options={kinds} emptyLabel={t("chooseKind")} hint={t("kindHint")} />
          <SelectField meta={fields.level} id="field-level" label={t("field.level")} required={false} options={levels} emptyLabel={t("notStated")} hint={t("levelHint")} />
        </div>
        <TextField meta={fields.rank} id="field-rank" label={t("field.rank")} hint={t("rankHint")} />
        <TextField meta={fields.description} id="field-description" label={t("field.description")} multiline />
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? tf("saving") : tf("saveChanges")}
        </button>
        <Link href={`/accused/${slug}`}>{t("cancel")}</Link>
      </div>
    </form>
  );
}

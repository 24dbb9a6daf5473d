"use client";

import { useForm } from "@conform-to/react";
import { Link } from "@/lib/i18n/navigation";
import { ErrorSummary, SelectField, TextField, textOf } from "@/components/forms/Field";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import type { AccusedFormValues } from "@/lib/core/case-input";
import type { Option } from "@/lib/core/views";
import type { FormAction } from "@/lib/web/form-submission";

const LABELS: Record<string, string> = { name: "Name (English)", nameUkrainian: "Name in Ukrainian", kind: "Kind", level: "Level of responsibility", rank: "Rank", description: "Description", expectedUpdatedAt: "Version" };

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
  const [form, fields] = useForm({ lastResult: result, defaultValue });
  return (
    <form id={form.id} action={action} className="milestone-form" noValidate>
      <ErrorSummary errors={reply?.error} labelOf={(p) => LABELS[p] ?? p} anchorOf={(p) => `field-${p}`} />
      <input type="hidden" name="accused" value={slug} />
      <input type="hidden" name="expectedUpdatedAt" value={textOf(fields.expectedUpdatedAt.initialValue)} />
      <fieldset className="form-section">
        <legend>The accused</legend>
        <TextField meta={fields.name} id="field-name" label="Name (English)" required />
        <TextField meta={fields.nameUkrainian} id="field-nameUkrainian" label="Name in Ukrainian" />
        <div className="form-row">
          <SelectField meta={fields.kind} id="field-kind" label="Kind" options={kinds} emptyLabel="Choose natural or legal person" hint="A legal person is a company or other entity." />
          <SelectField meta={fields.level} id="field-level" label="Level of responsibility" required={false} options={levels} emptyLabel="Not stated" hint="Natural persons only." />
        </div>
        <TextField meta={fields.rank} id="field-rank" label="Rank" hint="Natural persons only, e.g. Colonel." />
        <TextField meta={fields.description} id="field-description" label="Description" multiline />
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
        <Link href={`/accused/${slug}`}>Cancel</Link>
      </div>
    </form>
  );
}

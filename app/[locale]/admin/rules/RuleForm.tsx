"use client";

import { FocusedAlert } from "@/components/forms/FocusedAlert";
import { useForm } from "@conform-to/react";
import { Link } from "@/lib/i18n/navigation";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import { describedBy as describedByIds, ErrorList, listOf, textOf } from "@/components/forms/Field";
import { CONDITION_KINDS } from "@/lib/core/jurisdiction";
import { CONDITION_KIND_EXPLANATIONS, CONDITION_KIND_LABELS } from "@/lib/core/labels";
import { emptyRuleFormValues, errorsByField, messageInFormWords, RULE_FIELD_LABELS, RULE_LIST_FIELDS, RULE_TEXT_FIELDS, type RuleFormField, type RuleFormValues, type RuleListField } from "@/lib/core/rule-form";
import type { Choice, ChoiceGroup, RuleFormOptions } from "@/lib/core/views";
import { parameterOf, type FormAction, type FormReply } from "@/lib/web/form-submission";
import styles from "./rules.module.css";

const EFFECTS = [
  { value: "COVERS", label: "Covers", hint: "The forum has jurisdiction within the rule’s scope." },
  { value: "EXCLUDES", label: "Excludes", hint: "The forum has no jurisdiction within the rule’s scope; an exclusion in force wins over a rule that covers." },
  { value: "CONDITIONAL", label: "Conditional", hint: "The forum has jurisdiction only if a condition holds; write the condition below." },
] as const;

type Errors = Partial<Record<RuleFormField | "form", string[]>>;

const ids = (field: string) => ({ control: `field-${field}`, hint: `field-${field}-hint`, error: `field-${field}-error` });

function describedBy(field: string, hasHint: boolean, errors: Errors) {
  return describedByIds(ids(field).control, { hint: hasHint, error: !!errors[field as RuleFormField] });
}

/** What every control carries: its id and name, and the hint and error it is described by. */
function control(field: RuleFormField, hasHint: boolean, errors: Errors) {
  return { id: ids(field).control, name: field, "aria-describedby": describedBy(field, hasHint, errors), "aria-invalid": errors[field] ? true : undefined };
}

function FieldError({ field, errors }: { field: RuleFormField; errors: Errors }) {
  return <ErrorList id={ids(field).error} messages={(errors[field] ?? []).map((m) => messageInFormWords(m))} />;
}

/**
 * The reply's errors by form field. The schema's own messages start with what is wrong ("is
 * required"); the field's name goes in front, as the use case's messages have it, so that
 * messageInFormWords names the field by its label ("“Kind of condition” is required").
 */
function errorsOf(reply: FormReply | undefined): Errors {
  const entries = Object.entries(reply?.error ?? {}).filter(([name]) => name !== "");
  return errorsByField(
    entries.flatMap(([name, messages]) => {
      const parameter = parameterOf(name);
      return (messages ?? []).map((m) => ({ parameter, message: m.startsWith(parameter) ? m : `${parameter} ${m}` }));
    }),
  );
}

/** The values to show: what was sent back after a refusal, else the rule as it is. */
function valuesOf(sent: unknown, initial: RuleFormValues): RuleFormValues {
  if (!sent || typeof sent !== "object") return initial;
  const values = emptyRuleFormValues();
  const from = sent as Record<string, unknown>;
  for (const f of RULE_TEXT_FIELDS) values[f] = textOf(from[f]);
  for (const f of RULE_LIST_FIELDS) values[f] = listOf(from[f]);
  return values;
}

function Field({ field, label, hint, errors, children }: { field: RuleFormField; label: string; hint?: React.ReactNode; errors: Errors; children: React.ReactNode }) {
  return (
    <div className={`${styles.field} ${errors[field] ? styles.hasError : ""}`} data-field={field}>
      <label htmlFor={ids(field).control}>{label}</label>
      {hint ? (
        <p className="field-hint" id={ids(field).hint}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} errors={errors} />
      {children}
    </div>
  );
}

/** A group of boxes to tick; the error summary links to its wrapper (`group-crimes`). */
function Checkboxes({ field, legend, choices, values, errors }: { field: RuleListField; legend: string; choices: Choice[]; values: string[]; errors: Errors }) {
  return (
    <div id={`group-${field}`}>
      <fieldset className={`${styles.checkGroup} ${errors[field] ? styles.hasError : ""}`} data-field={field} aria-describedby={describedBy(field, false, errors)}>
        <legend>{legend}</legend>
        <FieldError field={field} errors={errors} />
        <ul className={styles.checkList}>
          {choices.map((c) => (
            <li key={c.value}>
              <label>
                <input type="checkbox" name={field} value={c.value} defaultChecked={values.includes(c.value)} /> {c.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}

function Options({ choices }: { choices: Choice[] }) {
  return choices.map((c) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  ));
}

/** A labelled select: `none` is the empty choice; `groups` puts the choices under headings. */
function SelectField({ field, label, hint, none, value, errors, choices, groups }: {
  field: RuleFormField;
  label: string;
  hint?: string;
  none: string;
  value: string;
  errors: Errors;
  choices?: Choice[];
  groups?: ChoiceGroup[];
}) {
  return (
    <Field field={field} label={label} errors={errors} hint={hint}>
      <select {...control(field, !!hint, errors)} defaultValue={value}>
        <option value="">{none}</option>
        {choices ? <Options choices={choices} /> : null}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            <Options choices={g.choices} />
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

/** One choice of a radio group; the first carries the field's id, so the error summary can link to it. */
type RadioChoice = { value: string; label: string; hint: string };

function RadioGroup({ field, legend, hint, choices, value, errors }: { field: RuleFormField; legend: string; hint?: React.ReactNode; choices: readonly RadioChoice[]; value: string; errors: Errors }) {
  return (
    <fieldset className={`${styles.radioGroup} ${errors[field] ? styles.hasError : ""}`} data-field={field} aria-describedby={describedBy(field, !!hint, errors)}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={ids(field).hint}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} errors={errors} />
      {choices.map((c, index) => (
        <label key={c.value} className={styles.radio}>
          <input type="radio" name={field} value={c.value} defaultChecked={value === c.value} id={index === 0 ? ids(field).control : undefined} />
          <span>
            <strong>{c.label}</strong>
            <span className={styles.radioHint}>{c.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const CONDITION_KIND_CHOICES: RadioChoice[] = [
  ...CONDITION_KINDS.map((kind) => ({ value: kind, label: CONDITION_KIND_LABELS[kind], hint: CONDITION_KIND_EXPLANATIONS[kind] })),
  { value: "", label: "None", hint: "For a rule that covers or excludes." },
];

/** A text or a date as the admin writes it; a date keeps the precision written (a day, a month or a year). */
function TextField({ field, label, hint, value, errors, rows, date }: { field: RuleFormField; label: string; hint: string; value: string; errors: Errors; rows?: number; date?: boolean }) {
  return (
    <Field field={field} label={label} errors={errors} hint={hint}>
      {date ? (
        <input {...control(field, true, errors)} type="text" inputMode="numeric" placeholder="YYYY-MM-DD, YYYY-MM or YYYY" defaultValue={value} autoComplete="off" />
      ) : (
        <textarea {...control(field, true, errors)} rows={rows} defaultValue={value} />
      )}
    </Field>
  );
}

/**
 * The jurisdiction rule form: every field of `ruleInputSchema`, in the order a lawyer reads a
 * rule (which forum, what it says, to whom, when, on what legal basis). On a refusal the server
 * action sends back what was typed and the errors, shown beside each field.
 */
export function RuleForm({ save, mode, initial, options, editHref }: { save: FormAction; mode: "new" | "edit"; initial: RuleFormValues; options: RuleFormOptions; editHref?: string }) {
  const state = useFormReply(save);
  // The form re-mounts after each round trip (the key), so every field shows what was sent.
  return <RuleFields key={state.attempt} {...{ state, mode, options, editHref }} values={valuesOf(state.reply?.initialValue, initial)} />;
}

function RuleFields({ state, values: v, mode, options, editHref }: {
  state: FormReplyState;
  values: RuleFormValues;
  mode: "new" | "edit";
  options: RuleFormOptions;
  editHref?: string;
}) {
  const { action, pending, reply: lastResult, result } = state;
  const [form] = useForm({ lastResult: result, defaultValue: v });
  const errors = errorsOf(lastResult);
  const refused = lastResult?.status === "error";
  const status = !refused ? "idle" : !lastResult.code || lastResult.code === "INVALID_INPUT" ? "invalid" : lastResult.code === "CONFLICT" ? "conflict" : "refused";
  const message = lastResult?.error?.[""]?.join(" ");
  const fieldsInError = (Object.keys(errors) as (RuleFormField | "form")[]).filter((f) => f !== "form");

  return (
    <form id={form.id} action={action} className={styles.form} noValidate aria-labelledby="rule-form-heading">
      <h2 id="rule-form-heading" className="visually-hidden">
        {mode === "new" ? "New rule" : "Change the rule"}
      </h2>

      {status === "invalid" ? (
        <FocusedAlert refusal={lastResult} className="notice notice-error" id="rule-form-errors">
          <h2>The rule was not saved</h2>
          <p>Correct what is marked below; everything you typed is kept.</p>
          <ul>
            {fieldsInError.map((f) => (
              <li key={f}>
                <a href={`#${(RULE_LIST_FIELDS as readonly string[]).includes(f) ? `group-${f}` : ids(f).control}`}>{RULE_FIELD_LABELS[f as RuleFormField]}</a>:{" "}
                {(errors[f] ?? []).map((m) => messageInFormWords(m)).join(" ")}
              </li>
            ))}
            {(errors.form ?? []).map((m) => (
              <li key={m}>{messageInFormWords(m)}</li>
            ))}
          </ul>
        </FocusedAlert>
      ) : null}
      {status === "conflict" ? (
        <FocusedAlert refusal={lastResult} className="notice notice-error" id="rule-form-conflict">
          <h2>Someone else changed this rule while you were editing it</h2>
          <p>{message}</p>
          <p>
            Your text is still in the form below and was not saved.{" "}
            {editHref ? (
              <a href={editHref} target="_blank" rel="noopener">
                Open the current version in a new tab
              </a>
            ) : null}
            , compare, then reload this page and apply your change to the current version. Copy anything you want to keep
            before reloading.
          </p>
        </FocusedAlert>
      ) : null}
      {status === "refused" ? (
        <p className="notice notice-error" role="alert" id="rule-form-refused">
          {message}
        </p>
      ) : null}

      <div className={styles.sections}>
        <input type="hidden" name="expectedVersion" value={v.expectedVersion} />

        <fieldset className={styles.section}>
          <legend>1. Forum and situation</legend>
          <Field
            field="slug"
            label="Slug"
            errors={errors}
            hint={mode === "edit" ? "The rule’s permanent name; it cannot be changed." : "A permanent name: lower-case words joined by hyphens, e.g. icc-ukraine-state-party."}
          >
            <input {...control("slug", true, errors)} type="text" defaultValue={v.slug} readOnly={mode === "edit"} className={mode === "edit" ? styles.readOnly : undefined} autoComplete="off" spellCheck={false} />
          </Field>
          <div className={styles.forumRow}>
            <SelectField field="forum" label="Forum" none="Choose a forum…" choices={options.forums} value={v.forum} errors={errors} />
            <SelectField
              field="situation"
              label="Situation"
              hint="Leave “every situation” for a rule that holds wherever the forum acts."
              none="Every situation"
              choices={options.situations}
              value={v.situation}
              errors={errors}
            />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>2. What the rule says</legend>
          <RadioGroup field="effect" legend="Effect" choices={EFFECTS} value={v.effect} errors={errors} />
          <TextField field="summary" label="Summary" rows={3} value={v.summary} errors={errors} hint="What the rule says, in the words a lawyer would use. Shown on the forum page and in every answer." />
          <TextField
            field="condition"
            label="Condition (conditional rules only)"
            rows={3}
            value={v.condition}
            errors={errors}
            hint="Required when the effect is “Conditional”: under which condition the forum would have jurisdiction. Leave it empty for “Covers” or “Excludes”."
          />
          <RadioGroup
            field="conditionKind"
            legend="Kind of condition (conditional rules only)"
            hint={
              <>
                Required when the effect is “Conditional”: what the condition turns on. A change of law that has not happened (a
                state joining a treaty) is never a condition: record such a rule as “Excludes” and name the route in its summary.
              </>
            }
            choices={CONDITION_KIND_CHOICES}
            value={v.conditionKind}
            errors={errors}
          />
        </fieldset>

        <fieldset className={styles.section}>
          <legend>3. Scope: to what and to whom it applies</legend>
          <p className="field-hint">
            In each group, tick the values the rule is limited to. <strong>None ticked means the rule applies to all</strong> (every
            crime, every kind of accused, and so on).
          </p>
          <div className={styles.checkGroups}>
            <Checkboxes field="crimes" legend="Crimes" choices={options.crimes} values={v.crimes} errors={errors} />
            <Checkboxes field="accusedKinds" legend="Kinds of accused" choices={options.accusedKinds} values={v.accusedKinds} errors={errors} />
            <Checkboxes field="levels" legend="Levels of responsibility" choices={options.levels} values={v.levels} errors={errors} />
            <Checkboxes field="modes" legend="Modes of liability" choices={options.modes} values={v.modes} errors={errors} />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>4. Validity: when the rule holds</legend>
          <p className="field-hint">
            Write a date as <code>2025-06-25</code> (a day), <code>2025-06</code> (a month) or <code>2025</code> (a year only): the form
            keeps the precision you write, so write only as much as the source gives. Both dates are inclusive; empty means
            open-ended.
          </p>
          <div className={styles.row}>
            <SelectField field="openedBy" label="Opened by milestone" hint="The milestone that brought the rule into force, if any. Newest first." none="No milestone" choices={options.milestones} value={v.openedBy} errors={errors} />
            <TextField field="validFrom" label="Valid from" date value={v.validFrom} errors={errors} hint="With an opening milestone, leave empty to take its date, or give the same date." />
          </div>
          <div className={styles.row}>
            <SelectField field="closedBy" label="Closed by milestone" hint="The milestone that ended the rule, if any. Newest first." none="No milestone" choices={options.milestones} value={v.closedBy} errors={errors} />
            <TextField field="validTo" label="Valid until" date value={v.validTo} errors={errors} hint="The last day the rule held. Required with a closing milestone, and not after it." />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>5. Conduct reached: when the crimes must have taken place</legend>
          <p className="field-hint">
            The conduct the rule reaches (ratione temporis), which is not the same as when the rule is in force: Ukraine’s first
            Article 12(3) declaration, in force from 17 April 2014, reaches conduct from 21 November 2013 to 22 February 2014 only.
            Same date format as above; both dates are inclusive; leave a side empty when the rule sets no limit there.
          </p>
          <div className={styles.row}>
            <TextField field="conductFrom" label="Conduct from" date value={v.conductFrom} errors={errors} hint="The earliest conduct the rule reaches. Empty: no earlier limit." />
            <TextField field="conductTo" label="Conduct until" date value={v.conductTo} errors={errors} hint="The latest conduct the rule reaches. Empty: no later limit." />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>6. Legal basis and source</legend>
          <SelectField field="provision" label="Provision" hint="The provision the rule rests on, grouped by instrument." none="Choose a provision…" groups={options.provisions} value={v.provision} errors={errors} />
          <SelectField field="source" label="Source" hint="Where the rule comes from: a post of the seed blog or an official text." none="Choose a source…" choices={options.sources} value={v.source} errors={errors} />
          <TextField
            field="sourceLocator"
            label="Passage of the source"
            rows={4}
            value={v.sourceLocator}
            errors={errors}
            hint="Quote the passage that states the rule, so a reader can find it in the source. Optional, but expected."
          />
        </fieldset>
      </div>

      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "new" ? "Create the rule" : "Save the rule"}
        </button>
        <Link href="/admin/rules">Cancel</Link>
        <span className="muted small">Saving changes the tracker’s answers at once.</span>
      </div>
    </form>
  );
}

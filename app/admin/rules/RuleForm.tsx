"use client";

import { useForm } from "@conform-to/react";
import Link from "next/link";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import { describedBy as describedByIds, ErrorList, listOf, textOf } from "@/components/forms/Field";
import { CONDITION_KINDS } from "@/lib/core/jurisdiction";
import { CONDITION_KIND_EXPLANATIONS, CONDITION_KIND_LABELS } from "@/lib/core/labels";
import { emptyRuleFormValues, errorsByField, messageInFormWords, RULE_FIELD_LABELS, RULE_LIST_FIELDS, RULE_TEXT_FIELDS, type RuleFormField, type RuleFormValues, type RuleListField } from "@/lib/core/rule-form";
import type { Choice, RuleFormOptions } from "@/lib/core/views";
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

function Checkboxes({ field, legend, choices, values, errors }: { field: RuleListField; legend: string; choices: Choice[]; values: string[]; errors: Errors }) {
  return (
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
  );
}

function MilestoneSelect({ field, values, options, errors, none }: { field: "openedBy" | "closedBy"; values: RuleFormValues; options: RuleFormOptions; errors: Errors; none: string }) {
  return (
    <select id={ids(field).control} name={field} defaultValue={values[field]} aria-describedby={describedBy(field, true, errors)} aria-invalid={errors[field] ? true : undefined}>
      <option value="">{none}</option>
      {options.milestones.map((m) => (
        <option key={m.value} value={m.value}>
          {m.label}
        </option>
      ))}
    </select>
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
        <div className="notice notice-error" role="alert" id="rule-form-errors" tabIndex={-1}>
          <h2>The rule was not saved</h2>
          <p>Correct what is marked below; everything you typed is kept.</p>
          <ul>
            {fieldsInError.map((f) => (
              <li key={f}>
                <a href={`#${f === "crimes" || f === "accusedKinds" || f === "levels" || f === "modes" ? `group-${f}` : ids(f).control}`}>{RULE_FIELD_LABELS[f as RuleFormField]}</a>:{" "}
                {(errors[f] ?? []).map((m) => messageInFormWords(m)).join(" ")}
              </li>
            ))}
            {(errors.form ?? []).map((m) => (
              <li key={m}>{messageInFormWords(m)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {status === "conflict" ? (
        <div className="notice notice-error" role="alert" id="rule-form-conflict">
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
        </div>
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
            <input
              id="field-slug"
              name="slug"
              type="text"
              defaultValue={v.slug}
              readOnly={mode === "edit"}
              className={mode === "edit" ? styles.readOnly : undefined}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={describedBy("slug", true, errors)}
              aria-invalid={errors.slug ? true : undefined}
            />
          </Field>
          <div className={styles.forumRow}>
            <Field field="forum" label="Forum" errors={errors}>
              <select id="field-forum" name="forum" defaultValue={v.forum} aria-describedby={describedBy("forum", false, errors)} aria-invalid={errors.forum ? true : undefined}>
                <option value="">Choose a forum…</option>
                {options.forums.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field field="situation" label="Situation" errors={errors} hint="Leave “every situation” for a rule that holds wherever the forum acts.">
              <select id="field-situation" name="situation" defaultValue={v.situation} aria-describedby={describedBy("situation", true, errors)} aria-invalid={errors.situation ? true : undefined}>
                <option value="">Every situation</option>
                {options.situations.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>2. What the rule says</legend>
          <fieldset className={`${styles.radioGroup} ${errors.effect ? styles.hasError : ""}`} data-field="effect" aria-describedby={describedBy("effect", false, errors)}>
            <legend>Effect</legend>
            <FieldError field="effect" errors={errors} />
            {EFFECTS.map((e, index) => (
              <label key={e.value} className={styles.radio}>
                <input type="radio" name="effect" value={e.value} defaultChecked={v.effect === e.value} id={index === 0 ? "field-effect" : undefined} />
                <span>
                  <strong>{e.label}</strong>
                  <span className={styles.radioHint}>{e.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <Field field="summary" label="Summary" errors={errors} hint="What the rule says, in the words a lawyer would use. Shown on the forum page and in every answer.">
            <textarea id="field-summary" name="summary" rows={3} defaultValue={v.summary} aria-describedby={describedBy("summary", true, errors)} aria-invalid={errors.summary ? true : undefined} />
          </Field>
          <Field
            field="condition"
            label="Condition (conditional rules only)"
            errors={errors}
            hint="Required when the effect is “Conditional”: under which condition the forum would have jurisdiction. Leave it empty for “Covers” or “Excludes”."
          >
            <textarea id="field-condition" name="condition" rows={3} defaultValue={v.condition} aria-describedby={describedBy("condition", true, errors)} aria-invalid={errors.condition ? true : undefined} />
          </Field>
          <fieldset
            className={`${styles.radioGroup} ${errors.conditionKind ? styles.hasError : ""}`}
            data-field="conditionKind"
            aria-describedby={describedBy("conditionKind", true, errors)}
          >
            <legend>Kind of condition (conditional rules only)</legend>
            <p className="field-hint" id={ids("conditionKind").hint}>
              Required when the effect is “Conditional”: what the condition turns on. A change of law that has not happened (a
              state joining a treaty) is never a condition: record such a rule as “Excludes” and name the route in its summary.
            </p>
            <FieldError field="conditionKind" errors={errors} />
            {CONDITION_KINDS.map((kind, index) => (
              <label key={kind} className={styles.radio}>
                <input type="radio" name="conditionKind" value={kind} defaultChecked={v.conditionKind === kind} id={index === 0 ? "field-conditionKind" : undefined} />
                <span>
                  <strong>{CONDITION_KIND_LABELS[kind]}</strong>
                  <span className={styles.radioHint}>{CONDITION_KIND_EXPLANATIONS[kind]}</span>
                </span>
              </label>
            ))}
            <label className={styles.radio}>
              <input type="radio" name="conditionKind" value="" defaultChecked={v.conditionKind === ""} />
              <span>
                <strong>None</strong>
                <span className={styles.radioHint}>For a rule that covers or excludes.</span>
              </span>
            </label>
          </fieldset>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>3. Scope: to what and to whom it applies</legend>
          <p className="field-hint">
            In each group, tick the values the rule is limited to. <strong>None ticked means the rule applies to all</strong> (every
            crime, every kind of accused, and so on).
          </p>
          <div className={styles.checkGroups}>
            <div id="group-crimes">
              <Checkboxes field="crimes" legend="Crimes" choices={options.crimes} values={v.crimes} errors={errors} />
            </div>
            <div id="group-accusedKinds">
              <Checkboxes field="accusedKinds" legend="Kinds of accused" choices={options.accusedKinds} values={v.accusedKinds} errors={errors} />
            </div>
            <div id="group-levels">
              <Checkboxes field="levels" legend="Levels of responsibility" choices={options.levels} values={v.levels} errors={errors} />
            </div>
            <div id="group-modes">
              <Checkboxes field="modes" legend="Modes of liability" choices={options.modes} values={v.modes} errors={errors} />
            </div>
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
            <Field field="openedBy" label="Opened by milestone" errors={errors} hint="The milestone that brought the rule into force, if any. Newest first.">
              <MilestoneSelect field="openedBy" values={v} options={options} errors={errors} none="No milestone" />
            </Field>
            <Field field="validFrom" label="Valid from" errors={errors} hint="With an opening milestone, leave empty to take its date, or give the same date.">
              <PartialDateInput field="validFrom" value={v.validFrom} errors={errors} />
            </Field>
          </div>
          <div className={styles.row}>
            <Field field="closedBy" label="Closed by milestone" errors={errors} hint="The milestone that ended the rule, if any. Newest first.">
              <MilestoneSelect field="closedBy" values={v} options={options} errors={errors} none="No milestone" />
            </Field>
            <Field field="validTo" label="Valid until" errors={errors} hint="The last day the rule held. Required with a closing milestone, and not after it.">
              <PartialDateInput field="validTo" value={v.validTo} errors={errors} />
            </Field>
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
            <Field field="conductFrom" label="Conduct from" errors={errors} hint="The earliest conduct the rule reaches. Empty: no earlier limit.">
              <PartialDateInput field="conductFrom" value={v.conductFrom} errors={errors} />
            </Field>
            <Field field="conductTo" label="Conduct until" errors={errors} hint="The latest conduct the rule reaches. Empty: no later limit.">
              <PartialDateInput field="conductTo" value={v.conductTo} errors={errors} />
            </Field>
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>6. Legal basis and source</legend>
          <Field field="provision" label="Provision" errors={errors} hint="The provision the rule rests on, grouped by instrument.">
            <select id="field-provision" name="provision" defaultValue={v.provision} aria-describedby={describedBy("provision", true, errors)} aria-invalid={errors.provision ? true : undefined}>
              <option value="">Choose a provision…</option>
              {options.provisions.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.choices.map((p) => (
                    <option key={p.value} value={p.value}>
                      {p.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <Field field="source" label="Source" errors={errors} hint="Where the rule comes from: a post of the seed blog or an official text.">
            <select id="field-source" name="source" defaultValue={v.source} aria-describedby={describedBy("source", true, errors)} aria-invalid={errors.source ? true : undefined}>
              <option value="">Choose a source…</option>
              {options.sources.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          <Field field="sourceLocator" label="Passage of the source" errors={errors} hint="Quote the passage that states the rule, so a reader can find it in the source. Optional, but expected.">
            <textarea id="field-sourceLocator" name="sourceLocator" rows={4} defaultValue={v.sourceLocator} aria-describedby={describedBy("sourceLocator", true, errors)} aria-invalid={errors.sourceLocator ? true : undefined} />
          </Field>
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

/** A validity or conduct date as the admin writes it: a day, a month or a year; the precision follows. */
function PartialDateInput({ field, value, errors }: { field: "validFrom" | "validTo" | "conductFrom" | "conductTo"; value: string; errors: Errors }) {
  return (
    <input
      id={`field-${field}`}
      name={field}
      type="text"
      inputMode="numeric"
      placeholder="YYYY-MM-DD, YYYY-MM or YYYY"
      defaultValue={value}
      autoComplete="off"
      aria-describedby={describedBy(field, true, errors)}
      aria-invalid={errors[field] ? true : undefined}
    />
  );
}

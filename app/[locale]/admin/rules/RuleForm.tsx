"use client";

import { FocusedAlert } from "@/components/forms/FocusedAlert";
import { useForm } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import { describedBy as describedByIds, ErrorList, listOf, textOf } from "@/components/forms/Field";
import { CONDITION_KINDS } from "@/lib/core/jurisdiction";
import { labelsIn } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";
import { emptyRuleFormValues, errorsByField, messageInFormWords, RULE_LIST_FIELDS, RULE_TEXT_FIELDS, type RuleFormField, type RuleFormValues, type RuleListField } from "@/lib/core/rule-form";
import type { Choice, ChoiceGroup, RuleFormOptions } from "@/lib/core/views";
import { parameterOf, type FormAction, type FormReply } from "@/lib/web/form-submission";
import styles from "./rules.module.css";

/** The effects in the order offered, with the message keys of their words. */
const EFFECTS = [
  { value: "COVERS", label: "effectCovers", hint: "effectCoversHint" },
  { value: "EXCLUDES", label: "effectExcludes", hint: "effectExcludesHint" },
  { value: "CONDITIONAL", label: "effectConditional", hint: "effectConditionalHint" },
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
  const inFormWords = useFormWords();
  return <ErrorList id={ids(field).error} messages={(errors[field] ?? []).map(inFormWords)} />;
}

/** A refusal (already in the page's language) with the fields named by the form's labels. */
function useFormWords(): (message: string) => string {
  const t = useTranslations("AdminRules.form");
  const locale = useLocale() as Locale;
  return (message) => messageInFormWords(message, locale, (field) => t(`fieldNames.${field}`));
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


/** A text or a date as the admin writes it; a date keeps the precision written (a day, a month or a year). */
function TextField({ field, label, hint, value, errors, rows, date }: { field: RuleFormField; label: string; hint: string; value: string; errors: Errors; rows?: number; date?: boolean }) {
  const t = useTranslations("AdminRules.form");
  return (
    <Field field={field} label={label} errors={errors} hint={hint}>
      {date ? (
        <input {...control(field, true, errors)} type="text" inputMode="numeric" placeholder={t("datePlaceholder")} defaultValue={value} autoComplete="off" />
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
  const t = useTranslations("AdminRules.form");
  const labels = labelsIn(useLocale());
  const inFormWords = useFormWords();
  const effects: RadioChoice[] = EFFECTS.map((e) => ({ value: e.value, label: t(e.label), hint: t(e.hint) }));
  const conditionKinds: RadioChoice[] = [
    ...CONDITION_KINDS.map((kind) => ({ value: kind, label: labels.conditionKind[kind], hint: labels.conditionKindExplanation[kind] })),
    { value: "", label: t("conditionKindNone"), hint: t("conditionKindNoneHint") },
  ];

  return (
    <form id={form.id} action={action} className={styles.form} noValidate aria-labelledby="rule-form-heading">
      <h2 id="rule-form-heading" className="visually-hidden">
        {mode === "new" ? t("headingNew") : t("headingEdit")}
      </h2>

      {status === "invalid" ? (
        <FocusedAlert refusal={lastResult} className="notice notice-error" id="rule-form-errors">
          <h2>{t("notSaved")}</h2>
          <p>{t("notSavedText")}</p>
          <ul>
            {fieldsInError.map((f) => (
              <li key={f}>
                <a href={`#${(RULE_LIST_FIELDS as readonly string[]).includes(f) ? `group-${f}` : ids(f).control}`}>{t(`fieldNames.${f as RuleFormField}`)}</a>:{" "}
                {(errors[f] ?? []).map(inFormWords).join(" ")}
              </li>
            ))}
            {(errors.form ?? []).map((m) => (
              <li key={m}>{inFormWords(m)}</li>
            ))}
          </ul>
        </FocusedAlert>
      ) : null}
      {status === "conflict" ? (
        <FocusedAlert refusal={lastResult} className="notice notice-error" id="rule-form-conflict">
          <h2>{t("conflict")}</h2>
          <p>{message}</p>
          <p>
            {t("conflictKept")}{" "}
            {editHref ? (
              <Link href={editHref} target="_blank" rel="noopener">
                {t("conflictOpen")}
              </Link>
            ) : null}
            {t("conflictThen")}
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
          <legend>{t("section1")}</legend>
          <Field field="slug" label={t("slug")} errors={errors} hint={mode === "edit" ? t("slugHintEdit") : t("slugHintNew")}>
            <input {...control("slug", true, errors)} type="text" defaultValue={v.slug} readOnly={mode === "edit"} className={mode === "edit" ? styles.readOnly : undefined} autoComplete="off" spellCheck={false} />
          </Field>
          <div className={styles.forumRow}>
            <SelectField field="forum" label={t("forum")} none={t("forumNone")} choices={options.forums} value={v.forum} errors={errors} />
            <SelectField
              field="situation"
              label={t("situation")}
              hint={t("situationHint")}
              none={t("situationNone")}
              choices={options.situations}
              value={v.situation}
              errors={errors}
            />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>{t("section2")}</legend>
          <RadioGroup field="effect" legend={t("effect")} choices={effects} value={v.effect} errors={errors} />
          <TextField field="summary" label={t("summary")} rows={3} value={v.summary} errors={errors} hint={t("summaryHint")} />
          <TextField field="condition" label={t("condition")} rows={3} value={v.condition} errors={errors} hint={t("conditionHint")} />
          <RadioGroup
            field="conditionKind"
            legend={t("conditionKind")}
            hint={t("conditionKindHint")}
            choices={conditionKinds}
            value={v.conditionKind}
            errors={errors}
          />
        </fieldset>

        <fieldset className={styles.section}>
          <legend>{t("section3")}</legend>
          <p className="field-hint">{t.rich("scopeHint", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <div className={styles.checkGroups}>
            <Checkboxes field="crimes" legend={t("crimes")} choices={options.crimes} values={v.crimes} errors={errors} />
            <Checkboxes field="accusedKinds" legend={t("accusedKinds")} choices={options.accusedKinds} values={v.accusedKinds} errors={errors} />
            <Checkboxes field="levels" legend={t("levels")} choices={options.levels} values={v.levels} errors={errors} />
            <Checkboxes field="modes" legend={t("modes")} choices={options.modes} values={v.modes} errors={errors} />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>{t("section4")}</legend>
          <p className="field-hint">{t.rich("validityHint", { code: (chunks) => <code>{chunks}</code> })}</p>
          <div className={styles.row}>
            <SelectField field="openedBy" label={t("openedBy")} hint={t("openedByHint")} none={t("noMilestone")} choices={options.milestones} value={v.openedBy} errors={errors} />
            <TextField field="validFrom" label={t("validFrom")} date value={v.validFrom} errors={errors} hint={t("validFromHint")} />
          </div>
          <div className={styles.row}>
            <SelectField field="closedBy" label={t("closedBy")} hint={t("closedByHint")} none={t("noMilestone")} choices={options.milestones} value={v.closedBy} errors={errors} />
            <TextField field="validTo" label={t("validTo")} date value={v.validTo} errors={errors} hint={t("validToHint")} />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>{t("section5")}</legend>
          <p className="field-hint">{t("conductHint")}</p>
          <div className={styles.row}>
            <TextField field="conductFrom" label={t("conductFrom")} date value={v.conductFrom} errors={errors} hint={t("conductFromHint")} />
            <TextField field="conductTo" label={t("conductTo")} date value={v.conductTo} errors={errors} hint={t("conductToHint")} />
          </div>
        </fieldset>

        <fieldset className={styles.section}>
          <legend>{t("section6")}</legend>
          <SelectField field="provision" label={t("provision")} hint={t("provisionHint")} none={t("provisionNone")} groups={options.provisions} value={v.provision} errors={errors} />
          <SelectField field="source" label={t("source")} hint={t("sourceHint")} none={t("sourceNone")} choices={options.sources} value={v.source} errors={errors} />
          <TextField field="sourceLocator" label={t("sourceLocator")} rows={4} value={v.sourceLocator} errors={errors} hint={t("sourceLocatorHint")} />
        </fieldset>
      </div>

      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : mode === "new" ? t("create") : t("save")}
        </button>
        <Link href="/admin/rules">{t("cancel")}</Link>
        <span className="muted small">{t("savingChanges")}</span>
      </div>
    </form>
  );
}

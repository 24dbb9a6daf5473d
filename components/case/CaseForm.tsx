"use client";

import Link from "next/link";
import { useActionState } from "react";
import { saveCaseAction, type CaseFormState, type SpareRows } from "@/app/cases/[slug]/actions";
import {
  accusedRowRef,
  EMPTY_ACCUSED,
  EMPTY_CHARGE,
  EMPTY_SOURCE,
  FAILED_DUTIES,
  FAILED_DUTY_LABELS,
  KNOWLEDGE_STANDARD_LABELS,
  KNOWLEDGE_STANDARDS,
  type AccusedFormRow,
  type CaseFormValues,
  type ChargeFormRow,
} from "@/lib/core/case-input";
import { CASE_STAGE_LABELS } from "@/lib/core/labels";
import { CASE_STAGES } from "@/lib/core/stage-machine";
import type { SourceFormValues } from "@/lib/core/milestone-input";
import type { CaseFormOptions, Option } from "@/lib/core/views";
import styles from "./case.module.css";
import { ErrorSummaryBody, Errors, messagesFor } from "@/components/FormErrors";

type FieldError = { parameter: string; message: string };

/** The messages for a field, without the field's technical name in front ("charges.0.mode is required…"). */

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  reference: "Case number",
  summary: "Summary",
  forum: "Forum",
  situation: "Situation",
  accused: "Accused",
  charges: "Charges",
  sources: "Sources",
  milestones: "Linked milestones",
  isSynthetic: "Demo data",
  expectedVersion: "Version",
  initialStage: "Stage",
  "initialStage.stage": "Stage",
  "initialStage.date": "Date of the stage",
  "initialStage.inAbsentia": "In absentia",
  "initialStage.note": "Why (note)",
  input: "Form",
  body: "Form",
};

const ROW_PART_LABELS: Record<string, string> = {
  slug: "recorded accused",
  key: "",
  name: "name",
  nameUkrainian: "name in Ukrainian",
  kind: "kind",
  rank: "rank",
  level: "level of responsibility",
  description: "description",
  accused: "against",
  crime: "crime",
  mode: "mode of liability",
  provisionCited: "provision",
  knowledgeStandard: "knowledge standard",
  failedDuties: "failed duties",
  title: "title",
  url: "URL",
  publisher: "publisher",
  locator: "passage",
};

const ROW = /^(accused|charges|sources)\.(\d+)(?:\.(\w+))?/;
const ROW_NAMES = { accused: "Accused", charges: "Charge", sources: "Source" } as const;
const ROW_IDS = { accused: "accused", charges: "charge", sources: "source" } as const;

function labelOf(parameter: string): string {
  const row = ROW.exec(parameter);
  if (row) {
    const part = ROW_PART_LABELS[row[3] ?? ""] ?? "";
    return `${ROW_NAMES[row[1] as keyof typeof ROW_NAMES]} ${Number(row[2]) + 1}${part ? `: ${part}` : ""}`;
  }
  return FIELD_LABELS[parameter] ?? parameter;
}

function anchorOf(parameter: string): string {
  const row = ROW.exec(parameter);
  if (row) {
    const id = `${ROW_IDS[row[1] as keyof typeof ROW_IDS]}-${row[2]}`;
    return row[3] && row[3] !== "key" ? `${id}-${row[3]}` : id;
  }
  if (parameter.startsWith("initialStage.")) return `stage-${parameter.slice("initialStage.".length)}`;
  return `field-${parameter.replace(/\./g, "-")}`;
}


type FieldProps = { id: string; name: string; label: string; value: string; messages: string[]; hint?: string; required?: boolean; className?: string };

function TextField({ id, name, label, value, messages, hint, required, className, multiline, inputMode, placeholder }: FieldProps & { multiline?: boolean; inputMode?: "text" | "numeric" | "url"; placeholder?: string }) {
  const describedBy = [hint ? `${id}-hint` : null, messages.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-field${messages.length ? " has-error" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>
        {label} {required ? null : <span className="optional">(optional)</span>}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <Errors id={`${id}-error`} messages={messages} />
      {multiline ? (
        <textarea id={id} name={name} defaultValue={value} rows={3} aria-invalid={messages.length > 0} aria-describedby={describedBy} />
      ) : (
        <input id={id} name={name} type="text" defaultValue={value} inputMode={inputMode} placeholder={placeholder} aria-invalid={messages.length > 0} aria-describedby={describedBy} autoComplete="off" />
      )}
    </div>
  );
}

function SelectField({ id, name, label, value, messages, hint, options, emptyLabel, className, required = true }: FieldProps & { options: Option[]; emptyLabel: string }) {
  const describedBy = [hint ? `${id}-hint` : null, messages.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-field${messages.length ? " has-error" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>
        {label} {required ? null : <span className="optional">(optional)</span>}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <Errors id={`${id}-error`} messages={messages} />
      <select id={id} name={name} defaultValue={value} aria-invalid={messages.length > 0} aria-describedby={describedBy}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
            {o.hint ? ` (${o.hint})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}

function AccusedRow({ index, value, errors, options }: { index: number; value: AccusedFormRow; errors: FieldError[]; options: CaseFormOptions }) {
  const p = `accused.${index}`;
  const id = `accused-${index}`;
  const field = (part: keyof AccusedFormRow) => ({ id: `${id}-${part}`, name: `${p}.${part}`, value: value[part], messages: messagesFor(errors, `${p}.${part}`) });
  const rowMessages = messagesFor(errors, p, `${p}.key`);
  // A recorded accused is shown as such; if something was typed beside it (refused), the row stays
  // editable so that nothing typed disappears.
  const typed = (["name", "nameUkrainian", "kind", "rank", "level", "description"] as const).filter((k) => value[k].trim() !== "");
  if (value.slug && typed.length === 0) {
    const known = options.accused.find((o) => o.value === value.slug);
    return (
      <fieldset className={styles.row} id={id}>
        <legend>Accused {index + 1}</legend>
        <Errors id={`${id}-error`} messages={[...rowMessages, ...messagesFor(errors, `${p}.slug`)]} />
        <input type="hidden" name={`${p}.slug`} value={value.slug} />
        <p className={styles.existing}>
          <strong>{known ? known.label : value.slug}</strong>
          {known?.hint ? <span className="muted"> · {known.hint}</span> : null} · <Link href={`/accused/${value.slug}`}>their page</Link>
        </p>
        <p className="field-hint">A recorded accused: they may appear in other cases too, so their name, rank and level are changed on their own page, not here.</p>
        <label className="checkbox">
          <input type="checkbox" name={`${p}.remove`} value="on" /> <span>Remove this accused from the case</span>
        </label>
      </fieldset>
    );
  }
  return (
    <fieldset className={styles.row} id={id}>
      <legend>Accused {index + 1}</legend>
      <Errors id={`${id}-error`} messages={rowMessages} />
      <SelectField
        {...field("slug")}
        label="A recorded accused"
        required={false}
        options={options.accused}
        emptyLabel="None: a new accused, described below"
        hint="Choose someone the tracker already records (for instance in a case before another forum), or leave this and describe a new accused."
      />
      <p className={styles.or}>or a new accused:</p>
      <div className={styles.rowGrid}>
        <TextField {...field("name")} label="Name (English)" required />
        <TextField {...field("nameUkrainian")} label="Name in Ukrainian" />
        <SelectField {...field("kind")} label="Kind" options={options.kinds} emptyLabel="Choose natural or legal person" hint="A legal person is a company or other entity." />
        <TextField {...field("rank")} label="Rank" hint="Natural persons only, e.g. Colonel." />
        <SelectField {...field("level")} label="Level of responsibility" required={false} options={options.levels} emptyLabel="Not stated" hint="Natural persons only." />
        <TextField {...field("description")} label="Description" multiline className={styles.wide} />
      </div>
      <label className="checkbox">
        <input type="checkbox" name={`${p}.remove`} value="on" /> <span>Remove this row</span>
      </label>
    </fieldset>
  );
}

function ChargeRow({ index, value, errors, options, against }: { index: number; value: ChargeFormRow; errors: FieldError[]; options: CaseFormOptions; against: Option[] }) {
  const p = `charges.${index}`;
  const id = `charge-${index}`;
  const field = (part: Exclude<keyof ChargeFormRow, "failedDuties">) => ({ id: `${id}-${part}`, name: `${p}.${part}`, value: value[part], messages: messagesFor(errors, `${p}.${part}`) });
  const dutyMessages = messagesFor(errors, `${p}.failedDuties`, ...FAILED_DUTIES.map((_, i) => `${p}.failedDuties.${i}`));
  return (
    <fieldset className={styles.row} id={id}>
      <legend>Charge {index + 1}</legend>
      <Errors id={`${id}-error`} messages={messagesFor(errors, p)} />
      <div className={styles.rowGrid}>
        <SelectField {...field("accused")} label="Against" required={false} options={against} emptyLabel="Every accused of the case" hint="Leave it for a charge against all of them." className={styles.wide} />
        <SelectField {...field("crime")} label="Crime" options={options.crimes} emptyLabel="Choose a crime" />
        <SelectField {...field("mode")} label="Mode of liability" options={options.modes} emptyLabel="Choose a mode" />
        <TextField {...field("provisionCited")} label="Provision as cited" required hint="As the charge cites it, e.g. “Article 8(2)(b)(ii) of the Rome Statute”." className={styles.wide} />
        {/* The link to the tracker's own provision record, kept as it was so an edit does not drop it. */}
        <input type="hidden" name={`${p}.provision`} value={value.provision} />
        <TextField {...field("description")} label="Description" multiline className={styles.wide} />
      </div>
      <fieldset className={styles.subsection}>
        <legend>Command responsibility only</legend>
        <p className="field-hint">Leave these empty for any other mode of liability. If the source does not say what the superior knew, leave “not stated”.</p>
        <div className={styles.rowGrid}>
          <SelectField
            {...field("knowledgeStandard")}
            label="Knowledge standard"
            required={false}
            options={KNOWLEDGE_STANDARDS.map((k) => ({ value: k, label: KNOWLEDGE_STANDARD_LABELS[k] }))}
            emptyLabel="Not stated in the source"
            hint="Article 28 of the Rome Statute: “should have known” is the standard for a military commander (28(a)); “consciously disregarded” the one for a civilian superior (28(b))."
          />
          <fieldset className={`form-field checkbox-group${dutyMessages.length ? " has-error" : ""}`} id={`${id}-failedDuties`}>
            <legend>
              Failed duties <span className="optional">(optional)</span>
            </legend>
            <Errors id={`${id}-failedDuties-error`} messages={dutyMessages} />
            <div className="checkbox-list">
              {FAILED_DUTIES.map((d) => (
                <label key={d} className="checkbox">
                  <input type="checkbox" name={`${p}.failedDuties`} value={d} defaultChecked={value.failedDuties.includes(d)} />
                  <span>Failed {FAILED_DUTY_LABELS[d]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" name={`${p}.remove`} value="on" /> <span>Remove this charge</span>
      </label>
    </fieldset>
  );
}

function SourceRow({ index, value, errors }: { index: number; value: SourceFormValues; errors: FieldError[] }) {
  const p = `sources.${index}`;
  const id = `source-${index}`;
  const field = (part: "title" | "url" | "publisher" | "locator") => ({ id: `${id}-${part}`, name: `${p}.${part}`, value: value[part], messages: messagesFor(errors, `${p}.${part}`) });
  const rowMessages = messagesFor(errors, p, `${p}.slug`);
  if (value.slug) {
    return (
      <fieldset className={styles.row} id={id}>
        <legend>Source {index + 1}</legend>
        <Errors id={`${id}-error`} messages={rowMessages} />
        <input type="hidden" name={`${p}.slug`} value={value.slug} />
        <p className={styles.existing}>
          <strong>{value.title}</strong>
          {value.publisher ? `, ${value.publisher}` : null}
          {value.url ? (
            <>
              {" "}
              · <a href={value.url}>{value.url}</a>
            </>
          ) : null}
        </p>
        <TextField {...field("locator")} label="Passage" multiline />
        <label className="checkbox">
          <input type="checkbox" name={`${p}.remove`} value="on" /> <span>Remove this source from the case</span>
        </label>
      </fieldset>
    );
  }
  return (
    <fieldset className={styles.row} id={id}>
      <legend>
        Source {index + 1} <span className="optional">(optional)</span>
      </legend>
      <Errors id={`${id}-error`} messages={rowMessages} />
      <div className={styles.rowGrid}>
        <TextField {...field("title")} label="Source title" required />
        <TextField {...field("url")} label="Source URL" inputMode="url" placeholder="https://" />
        <TextField {...field("publisher")} label="Publisher" />
        <TextField {...field("locator")} label="Passage" multiline className={styles.wide} hint="The sentence or paragraph that states the fact, or where to find it." />
      </div>
    </fieldset>
  );
}

/** The filled rows, then `spare` empty ones, plus `always` empty ones (one to start with when none is filled). */
function rowsWithSpare<T>(rows: T[], spare: number, empty: T, always: number): T[] {
  return [...rows, ...Array.from({ length: spare + always }, () => empty)];
}

/**
 * The case form, for recording a case (with its first stage) and for changing one. Accused,
 * charges and sources are numbered rows; "Add …" buttons submit the form to show one more row,
 * so it works without JavaScript. A refused save shows every problem beside its field and keeps
 * what was typed.
 */
export function CaseForm({ options, initial, caseSlug, cancelHref, spare }: {
  options: CaseFormOptions;
  initial: CaseFormValues;
  /** The slug of the case being edited; absent when recording a new one. */
  caseSlug?: string;
  cancelHref: string;
  spare: SpareRows;
}) {
  const [state, action, pending] = useActionState<CaseFormState, FormData>(saveCaseAction, { attempt: 0, message: null, errors: [], values: initial, spare });
  const v = state.values;
  const errors = state.errors;
  const creating = !caseSlug;
  const accusedRows = rowsWithSpare(v.accused, state.spare.accused, EMPTY_ACCUSED, v.accused.length === 0 ? 1 : 0);
  const chargeRows = rowsWithSpare(v.charges, state.spare.charges, EMPTY_CHARGE, v.charges.length === 0 ? 1 : 0);
  // Sources are optional: always one empty row to add one.
  const sourceRows = rowsWithSpare(v.sources, state.spare.sources, EMPTY_SOURCE, 1);
  const against: Option[] = accusedRows.map((a, i) => ({
    value: accusedRowRef(i),
    label: `Accused ${i + 1}: ${a.slug ? (options.accused.find((o) => o.value === a.slug)?.label ?? a.slug) : a.name.trim() || "(the row not filled in yet)"}`,
  }));
  const field = (name: keyof CaseFormValues & string, parameter: string = name) => ({ id: `field-${name}`, name, messages: messagesFor(errors, parameter) });
  const stageField = (part: "stage" | "date" | "note" | "inAbsentia") => ({ id: `stage-${part}`, name: `initialStage.${part}`, messages: messagesFor(errors, `initialStage.${part}`) });
  const stageMessages = messagesFor(errors, "initialStage");
  const inAbsentia = stageField("inAbsentia");

  return (
    // The key remounts the form after each round trip so every field shows what was sent.
    <form action={action} className="milestone-form" key={state.attempt} noValidate>
      {/* The form's first submit button is what Enter in a field presses: saving, not adding a row. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        Save
      </button>
      {state.message ? (
        <div className="notice notice-error" role="alert" id="form-error">
          <ErrorSummaryBody message={state.message} errors={errors} labelOf={labelOf} anchorOf={anchorOf} />
        </div>
      ) : null}
      {caseSlug ? <input type="hidden" name="case" value={caseSlug} /> : null}
      {v.expectedVersion ? <input type="hidden" name="expectedVersion" value={v.expectedVersion} /> : null}

      <fieldset className="form-section">
        <legend>The case</legend>
        <TextField {...field("title")} value={v.title} label="Title" required hint="How the case is known, e.g. “Prosecutor v. …” or the name of the accused." />
        <TextField
          {...field("reference")}
          value={v.reference}
          label="Case number"
          hint="The forum’s own public case number, e.g. ICC-01/22-01/23. Leave it empty when the forum has published none: the page will say “No public case number”. Never invent one."
        />
        <div className="form-row">
          <SelectField {...field("forum")} value={v.forum} label="Forum" options={options.forums} emptyLabel="Choose a forum" />
          <SelectField {...field("situation")} value={v.situation} label="Situation" options={options.situations} emptyLabel="Choose a situation" />
        </div>
        <TextField {...field("summary")} value={v.summary} label="Summary" multiline />
        <div className={`form-field${messagesFor(errors, "isSynthetic").length ? " has-error" : ""}`}>
          <label className="checkbox">
            <input type="checkbox" name="isSynthetic" value="on" defaultChecked={v.isSynthetic} id="field-isSynthetic" />
            <span>Synthetic demo data: not a real case (marked on every page that shows it, and new accused and sources are marked too)</span>
          </label>
        </div>
      </fieldset>

      {creating ? (
        <fieldset className="form-section" id="stage">
          <legend>Its stage now</legend>
          <p className="field-hint">
            The stage the case is at when you start following it: it may be any stage (for instance its warrant). Later stages are recorded one by one
            from the case page, which keeps their dates.
          </p>
          <Errors id="stage-error" messages={stageMessages} />
          <div className="form-row">
            <SelectField
              {...stageField("stage")}
              value={v.stage}
              label="Stage"
              options={CASE_STAGES.map((s) => ({ value: s, label: CASE_STAGE_LABELS[s] }))}
              emptyLabel="Choose a stage"
            />
            <TextField {...stageField("date")} value={v.stageDate} label="Date reached" required inputMode="numeric" hint="Only as precise as the source: 2024-10-25, 2024-10 or 2024." />
          </div>
          <div className={`form-field${inAbsentia.messages.length ? " has-error" : ""}`}>
            <Errors id="stage-inAbsentia-error" messages={inAbsentia.messages} />
            <label className="checkbox">
              <input type="checkbox" id="stage-inAbsentia" name="initialStage.inAbsentia" value="on" defaultChecked={v.stageInAbsentia} />
              <span>In absentia (a trial, judgment or appeal without the accused present)</span>
            </label>
          </div>
          <TextField {...stageField("note")} value={v.stageNote} label="Note" multiline hint="Needed only when the case is recorded as closed: say why." />
        </fieldset>
      ) : null}

      <fieldset className="form-section" id="field-accused">
        <legend>Accused</legend>
        <p className="field-hint">At least one: a natural person (with rank and level of responsibility) or a legal person such as a company.</p>
        <Errors id="accused-error" messages={messagesFor(errors, "accused")} />
        {accusedRows.map((a, i) => (
          <AccusedRow key={i} index={i} value={a} errors={errors} options={options} />
        ))}
        <button type="submit" name="intent" value="add-accused" className={styles.addRow} formNoValidate>
          Add another accused
        </button>
      </fieldset>

      <fieldset className="form-section" id="field-charges">
        <legend>Charges</legend>
        <p className="field-hint">At least one: the crime, the mode of liability and the provision as the charge cites it.</p>
        <Errors id="charges-error" messages={messagesFor(errors, "charges")} />
        {chargeRows.map((c, i) => (
          <ChargeRow key={i} index={i} value={c} errors={errors} options={options} against={against} />
        ))}
        <button type="submit" name="intent" value="add-charge" className={styles.addRow} formNoValidate>
          Add another charge
        </button>
      </fieldset>

      <fieldset className="form-section" id="field-sources">
        <legend>Sources</legend>
        <p className="field-hint">Where the facts of the case come from: the court’s own page, a press release, an article.</p>
        <Errors id="sources-error" messages={messagesFor(errors, "sources")} />
        {sourceRows.map((s, i) => (
          <SourceRow key={i} index={i} value={s} errors={errors} />
        ))}
        <button type="submit" name="intent" value="add-source" className={styles.addRow} formNoValidate>
          Add another source
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>Linked milestones</legend>
        <fieldset className={`form-field checkbox-group${messagesFor(errors, "milestones").length ? " has-error" : ""}`} id="field-milestones">
          <legend>
            Milestones <span className="optional">(optional{v.milestones.length ? `; ${v.milestones.length} chosen` : ""})</span>
          </legend>
          <p className="field-hint">Milestones of the timeline that concern this case (a warrant, a judgment).</p>
          <Errors id="field-milestones-error" messages={messagesFor(errors, "milestones")} />
          {options.milestones.length === 0 ? (
            <p className="muted small">No milestone recorded yet.</p>
          ) : (
            <div className="checkbox-list checkbox-scroll">
              {[...options.milestones.filter((o) => v.milestones.includes(o.value)), ...options.milestones.filter((o) => !v.milestones.includes(o.value))].map((o) => (
                <label key={o.value} className="checkbox">
                  <input type="checkbox" name="milestones" value={o.value} defaultChecked={v.milestones.includes(o.value)} />
                  <span>
                    {o.label}
                    {o.hint ? <span className="checkbox-hint"> {o.hint}</span> : null}
                  </span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
      </fieldset>

      <div className="form-actions">
        <button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? "Saving…" : creating ? "Record case" : "Save changes"}
        </button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

"use client";

import { useForm } from "@conform-to/react";
import { useState } from "react";
import { SourcePicker } from "@/components/forms/SourcePicker";
import { pickedDetails, sourceRowsOnPage, withCitedSource } from "@/components/forms/source-rows";
import { Link } from "@/lib/i18n/navigation";
import { recordedSources, SourceRow, type RecordedSources, type SourceRowField } from "@/components/forms/SourceRow";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import { CheckboxGroup, ErrorList, ErrorSummary, listOf, messagesOf, SelectField, TextField, textOf, type FieldMeta } from "@/components/forms/Field";
import type { z } from "zod";
import {
  type caseInputSchema,
  EMPTY_ACCUSED,
  EMPTY_CHARGE,
  FAILED_DUTIES,
  FAILED_DUTY_LABELS,
  KNOWLEDGE_STANDARD_LABELS,
  KNOWLEDGE_STANDARDS,
  newAccusedKey,
  type CaseFormValues,
} from "@/lib/core/case-input";
import { CASE_STAGE_LABELS } from "@/lib/core/labels";
import { EMPTY_SOURCE } from "@/lib/core/milestone-input";
import { CASE_STAGES } from "@/lib/core/stage-machine";
import type { CaseFormOptions, FoundSource, Option } from "@/lib/core/views";
import type { FormAction } from "@/lib/web/form-submission";
import styles from "./case.module.css";

/** A row's fields, as Conform gives them. */
type Row<K extends string> = FieldMeta & { getFieldset(): Record<K, FieldMeta> };
type AccusedPart = "slug" | "key" | "name" | "nameUkrainian" | "kind" | "rank" | "level" | "description";
type ChargePart = "accused" | "crime" | "mode" | "provisionCited" | "provision" | "description" | "knowledgeStandard" | "failedDuties";
type Values = Record<string, unknown>;

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


const rowMessages = (row: FieldMeta, ...parts: FieldMeta[]) => [...messagesOf(row.name, row.errors), ...parts.flatMap((p) => messagesOf(p.name, p.errors))];
const checked = (value: unknown) => value === true || value === "on";

function AccusedRow({ index, row, options }: { index: number; row: Row<AccusedPart>; options: CaseFormOptions }) {
  const f = row.getFieldset();
  const value = (row.initialValue ?? {}) as Values;
  const id = `accused-${index}`;
  const at = (part: AccusedPart) => ({ meta: f[part], id: `${id}-${part}` });
  // A recorded accused is shown as such; if something was typed beside it (refused), the row stays
  // editable so that nothing typed disappears.
  const slug = textOf(value.slug);
  const typed = (["name", "nameUkrainian", "kind", "rank", "level", "description"] as const).filter((k) => textOf(value[k]).trim() !== "");
  if (slug && typed.length === 0) {
    const known = options.accused.find((o) => o.value === slug);
    return (
      <fieldset className={styles.row} id={id}>
        <legend>Accused {index + 1}</legend>
        <ErrorList id={`${id}-error`} messages={rowMessages(row, f.key, f.slug)} />
        <input type="hidden" name={f.slug.name} value={slug} />
        <p className={styles.existing}>
          <strong>{known ? known.label : slug}</strong>
          {known?.hint ? <span className="muted"> · {known.hint}</span> : null} · <Link href={`/accused/${slug}`}>their page</Link>
        </p>
        <p className="field-hint">A recorded accused: they may appear in other cases too, so their name, rank and level are changed on their own page, not here.</p>
        <label className="checkbox">
          <input type="checkbox" name={`${row.name}.remove`} value="on" /> <span>Remove this accused from the case</span>
        </label>
      </fieldset>
    );
  }
  return (
    <fieldset className={styles.row} id={id}>
      <legend>Accused {index + 1}</legend>
      <ErrorList id={`${id}-error`} messages={rowMessages(row, f.key)} />
      {/* The name the charges use for this accused until it is saved. */}
      <input type="hidden" name={f.key.name} value={textOf(value.key) || newAccusedKey(index)} />
      <SelectField
        {...at("slug")}
        label="A recorded accused"
        required={false}
        options={options.accused}
        emptyLabel="None: a new accused, described below"
        hint="Choose someone the tracker already records (for instance in a case before another forum), or leave this and describe a new accused."
      />
      <p className={styles.or}>or a new accused:</p>
      <div className={styles.rowGrid}>
        <TextField {...at("name")} label="Name (English)" required />
        <TextField {...at("nameUkrainian")} label="Name in Ukrainian" />
        <SelectField {...at("kind")} label="Kind" options={options.kinds} emptyLabel="Choose natural or legal person" hint="A legal person is a company or other entity." />
        <TextField {...at("rank")} label="Rank" hint="Natural persons only, e.g. Colonel." />
        <SelectField {...at("level")} label="Level of responsibility" required={false} options={options.levels} emptyLabel="Not stated" hint="Natural persons only." />
        <TextField {...at("description")} label="Description" multiline className={styles.wide} />
      </div>
      <label className="checkbox">
        <input type="checkbox" name={`${row.name}.remove`} value="on" /> <span>Remove this row</span>
      </label>
    </fieldset>
  );
}

function ChargeRow({ index, row, options, against }: { index: number; row: Row<ChargePart>; options: CaseFormOptions; against: Option[] }) {
  const f = row.getFieldset();
  const value = (row.initialValue ?? {}) as Values;
  const id = `charge-${index}`;
  const at = (part: ChargePart) => ({ meta: f[part], id: `${id}-${part}` });
  // The list's own messages and its items' ("charges[0].failedDuties[1]").
  const dutyMessages = Object.entries(f.failedDuties.allErrors ?? {}).flatMap(([name, messages]) => messagesOf(name, messages));
  const duties = listOf(value.failedDuties);
  return (
    <fieldset className={styles.row} id={id}>
      <legend>Charge {index + 1}</legend>
      <ErrorList id={`${id}-error`} messages={rowMessages(row)} />
      <div className={styles.rowGrid}>
        <SelectField {...at("accused")} label="Against" required={false} options={against} emptyLabel="Every accused of the case" hint="Leave it for a charge against all of them." className={styles.wide} />
        <SelectField {...at("crime")} label="Crime" options={options.crimes} emptyLabel="Choose a crime" />
        <SelectField {...at("mode")} label="Mode of liability" options={options.modes} emptyLabel="Choose a mode" />
        <TextField {...at("provisionCited")} label="Provision as cited" required hint="As the charge cites it, e.g. “Article 8(2)(b)(ii) of the Rome Statute”." className={styles.wide} />
        {/* The link to the tracker's own provision record, kept as it was so an edit does not drop it. */}
        <input type="hidden" name={f.provision.name} value={textOf(value.provision)} />
        <TextField {...at("description")} label="Description" multiline className={styles.wide} />
      </div>
      <fieldset className={styles.subsection}>
        <legend>Command responsibility only</legend>
        <p className="field-hint">Leave these empty for any other mode of liability. If the source does not say what the superior knew, leave “not stated”.</p>
        <div className={styles.rowGrid}>
          <SelectField
            {...at("knowledgeStandard")}
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
            <ErrorList id={`${id}-failedDuties-error`} messages={dutyMessages} />
            <div className="checkbox-list">
              {FAILED_DUTIES.map((d) => (
                <label key={d} className="checkbox">
                  <input type="checkbox" name={f.failedDuties.name} value={d} defaultChecked={duties.includes(d)} />
                  <span>Failed {FAILED_DUTY_LABELS[d]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" name={`${row.name}.remove`} value="on" /> <span>Remove this charge</span>
      </label>
    </fieldset>
  );
}

const listIn = (value: unknown): Values[] => (Array.isArray(value) ? value.map((v) => (v && typeof v === "object" ? (v as Values) : {})) : []);

/**
 * The form's values as Conform reads them (the names the API uses): the case's own values to
 * start with, or what was sent back after a refusal; then the spare rows (one empty row to add a
 * source; an empty accused and charge when there is none). A new accused row gets the key its
 * charges name it by; the edit page names a charge's accused by row, here by its slug.
 */
function formValues(initial: CaseFormValues, sent: unknown): Values {
  let values: Values;
  if (sent && typeof sent === "object") {
    values = { ...(sent as Values) };
  } else {
    const accused = initial.accused.map((a) => ({ ...a }));
    values = {
      ...initial,
      initialStage: { stage: initial.stage, date: initial.stageDate, inAbsentia: initial.stageInAbsentia, note: initial.stageNote },
      accused,
      charges: initial.charges.map((c) => {
        const row = /^row:(\d+)$/.exec(c.accused);
        return { ...c, accused: row ? (accused[Number(row[1])]?.slug ?? "") : c.accused };
      }),
    };
  }
  const accused = listIn(values.accused);
  const charges = listIn(values.charges);
  const sources = listIn(values.sources);
  if (accused.length === 0) accused.push({ ...EMPTY_ACCUSED });
  if (charges.length === 0) charges.push({ ...EMPTY_CHARGE });
  sources.push({ ...EMPTY_SOURCE });
  // Keys for new rows that have none yet, never one another row already uses.
  const used = new Set(accused.map((a) => textOf(a.key)).filter(Boolean));
  let next = 0;
  for (const a of accused) {
    if (textOf(a.slug) || textOf(a.key)) continue;
    while (used.has(newAccusedKey(next))) next++;
    a.key = newAccusedKey(next);
    used.add(a.key as string);
  }
  return { ...values, accused, charges, sources };
}

/**
 * The case form, for recording a case (with its first stage) and for changing one. Accused,
 * charges and sources are numbered rows; "Add …" buttons submit the form to show one more row,
 * so it works without JavaScript. A refused save shows every problem beside its field and keeps
 * what was typed. The page passes the server action (`save`).
 */
export function CaseForm({ save, options, initial, caseSlug, cancelHref }: {
  save: FormAction;
  options: CaseFormOptions;
  initial: CaseFormValues;
  /** The slug of the case being edited; absent when recording a new one. */
  caseSlug?: string;
  cancelHref: string;
}) {
  const state = useFormReply(save);
  // Sources cited from the picker: their rows send only the slug, and must still name them.
  const [picked, setPicked] = useState<RecordedSources>(new Map());
  const recorded = new Map([...recordedSources(initial.sources), ...picked]);
  const remember = (s: FoundSource) => setPicked((p) => new Map([...p, pickedDetails(s)]));
  // The form re-mounts after each round trip (the key), so every field shows what was sent.
  return <CaseFields key={state.attempt} {...{ state, options, caseSlug, cancelHref, recorded, remember }} defaultValue={formValues(initial, state.reply?.initialValue)} />;
}

function CaseFields({ state, defaultValue, options, caseSlug, cancelHref, recorded, remember }: {
  remember: (source: FoundSource) => void;
  state: FormReplyState;
  defaultValue: Values;
  recorded: RecordedSources;
  options: CaseFormOptions;
  caseSlug?: string;
  cancelHref: string;
}) {
  const { action, pending, reply: lastResult, result } = state;
  // Typed by the API's input; the starting values are the form's strings (Conform reads them so).
  const [form, fields] = useForm<z.input<typeof caseInputSchema>>({ lastResult: result, defaultValue: defaultValue as never });
  const creating = !caseSlug;
  const accusedRows = fields.accused.getFieldList() as unknown as Row<AccusedPart>[];
  const chargeRows = fields.charges.getFieldList() as unknown as Row<ChargePart>[];
  const sourceRows = fields.sources.getFieldList() as unknown as SourceRowField[];
  const stage = (fields.initialStage as unknown as Row<"stage" | "date" | "inAbsentia" | "note">).getFieldset();
  const against: Option[] = accusedRows.map((row, i) => {
    const a = (row.initialValue ?? {}) as Values;
    const slug = textOf(a.slug);
    return {
      value: slug || textOf(a.key),
      label: `Accused ${i + 1}: ${slug ? (options.accused.find((o) => o.value === slug)?.label ?? slug) : textOf(a.name).trim() || "(the row not filled in yet)"}`,
    };
  });
  const field = (name: "title" | "reference" | "summary" | "forum" | "situation") => ({ meta: fields[name] as FieldMeta, id: `field-${name}` });
  const inAbsentia = messagesOf(stage.inAbsentia.name, stage.inAbsentia.errors);
  const version = textOf(fields.expectedVersion.initialValue) || String(fields.expectedVersion.initialValue ?? "");

  return (
    <form id={form.id} action={action} className="milestone-form" noValidate>
      {/* The form's first submit button is what Enter in a field presses: saving, not adding a row. */}
      <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        Save
      </button>
      <ErrorSummary errors={lastResult?.error} labelOf={labelOf} anchorOf={anchorOf} />
      {caseSlug ? <input type="hidden" name="case" value={caseSlug} /> : null}
      {version ? <input type="hidden" name="expectedVersion" value={version} /> : null}

      <fieldset className="form-section">
        <legend>The case</legend>
        <TextField {...field("title")} label="Title" required hint="How the case is known, e.g. “Prosecutor v. …” or the name of the accused." />
        <TextField
          {...field("reference")}
          label="Case number"
          hint="The forum’s own public case number, e.g. ICC-01/22-01/23. Leave it empty when the forum has published none: the page will say “No public case number”. Never invent one."
        />
        <div className="form-row">
          <SelectField {...field("forum")} label="Forum" options={options.forums} emptyLabel="Choose a forum" />
          <SelectField {...field("situation")} label="Situation" options={options.situations} emptyLabel="Choose a situation" />
        </div>
        <TextField {...field("summary")} label="Summary" multiline />
        <div className={`form-field${fields.isSynthetic.errors?.length ? " has-error" : ""}`}>
          <label className="checkbox">
            <input type="checkbox" name={fields.isSynthetic.name} value="on" defaultChecked={checked(fields.isSynthetic.initialValue)} id="field-isSynthetic" />
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
          <ErrorList id="stage-error" messages={messagesOf(fields.initialStage.name, fields.initialStage.errors)} />
          <div className="form-row">
            <SelectField meta={stage.stage} id="stage-stage" label="Stage" options={CASE_STAGES.map((s) => ({ value: s, label: CASE_STAGE_LABELS[s] }))} emptyLabel="Choose a stage" />
            <TextField meta={stage.date} id="stage-date" label="Date reached" required inputMode="numeric" hint="Only as precise as the source: 2024-10-25, 2024-10 or 2024." />
          </div>
          <div className={`form-field${inAbsentia.length ? " has-error" : ""}`}>
            <ErrorList id="stage-inAbsentia-error" messages={inAbsentia} />
            <label className="checkbox">
              <input type="checkbox" id="stage-inAbsentia" name={stage.inAbsentia.name} value="on" defaultChecked={checked(stage.inAbsentia.initialValue)} />
              <span>In absentia (a trial, judgment or appeal without the accused present)</span>
            </label>
          </div>
          <TextField meta={stage.note} id="stage-note" label="Note" multiline hint="Needed only when the case is recorded as closed: say why." />
        </fieldset>
      ) : null}

      <fieldset className="form-section" id="field-accused">
        <legend>Accused</legend>
        <p className="field-hint">At least one: a natural person (with rank and level of responsibility) or a legal person such as a company.</p>
        <ErrorList id="accused-error" messages={messagesOf(fields.accused.name, fields.accused.errors)} />
        {accusedRows.map((row, i) => (
          <AccusedRow key={row.key} index={i} row={row} options={options} />
        ))}
        <button {...form.insert.getButtonProps({ name: fields.accused.name })} className={styles.addRow} formNoValidate>
          Add another accused
        </button>
      </fieldset>

      <fieldset className="form-section" id="field-charges">
        <legend>Charges</legend>
        <p className="field-hint">At least one: the crime, the mode of liability and the provision as the charge cites it.</p>
        <ErrorList id="charges-error" messages={messagesOf(fields.charges.name, fields.charges.errors)} />
        {chargeRows.map((row, i) => (
          <ChargeRow key={row.key} index={i} row={row} options={options} against={against} />
        ))}
        <button {...form.insert.getButtonProps({ name: fields.charges.name })} className={styles.addRow} formNoValidate>
          Add another charge
        </button>
      </fieldset>

      <fieldset className="form-section" id="field-sources">
        <legend>Sources</legend>
        <p className="field-hint">Where the facts of the case come from: the court’s own page, a press release, an article.</p>
        <ErrorList id="sources-error" messages={messagesOf(fields.sources.name, fields.sources.errors)} />
        <SourcePicker
          onPick={(s, locator) => {
            remember(s);
            form.update({ name: fields.sources.name, value: withCitedSource(sourceRowsOnPage(form.id, fields.sources.name), s, locator) as never });
          }}
          citedAs={(slug) => {
            const row = sourceRows.findIndex((r) => textOf((r.initialValue as { slug?: unknown } | undefined)?.slug) === slug);
            return row === -1 ? null : row + 1;
          }}
        />
        {sourceRows.map((row, i) => (
          <SourceRow
            key={row.key}
            index={i}
            row={row}
            of="case"
            recorded={recorded}
            classes={{ row: styles.row, existing: styles.existing, fields: styles.rowGrid, passage: styles.wide }}
            passage={{ hint: "The sentence or paragraph that states the fact, or where to find it." }}
          />
        ))}
        <button {...form.insert.getButtonProps({ name: fields.sources.name })} className={styles.addRow} formNoValidate>
          Add another source
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>Linked milestones</legend>
        <CheckboxGroup
          meta={fields.milestones}
          id="field-milestones"
          legend="Milestones"
          hint="Milestones of the timeline that concern this case (a warrant, a judgment)."
          options={options.milestones}
          scroll
          empty="No milestone recorded yet."
        />
      </fieldset>

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : creating ? "Record case" : "Save changes"}
        </button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

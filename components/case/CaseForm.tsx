"use client";

import { useForm } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
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
  KNOWLEDGE_STANDARDS,
  newAccusedKey,
  type CaseFormValues,
} from "@/lib/core/case-input";
import { labelsIn } from "@/lib/core/labels";
import { EMPTY_SOURCE } from "@/lib/core/milestone-input";
import { CASE_STAGES } from "@/lib/core/stage-machine";
import { LOCALES, type Locale } from "@/lib/core/locales";
import type { CaseFormOptions, FoundSource, Option } from "@/lib/core/views";
import type { FormAction } from "@/lib/web/form-submission";
import { FAILED_DUTY_KEYS, KNOWLEDGE_KEYS } from "./charge-keys";
import styles from "./case.module.css";

/** A row's fields, as Conform gives them. */
type Row<K extends string> = FieldMeta & { getFieldset(): Record<K, FieldMeta> };
type AccusedPart = "slug" | "key" | "name" | "nameUkrainian" | "kind" | "rank" | "level" | "description";
type ChargePart = "accused" | "crime" | "mode" | "provisionCited" | "provision" | "description" | "knowledgeStandard" | "failedDuties";
type Values = Record<string, unknown>;

/** The catalogue keys ("CaseForm.field.…") of the fields an error may name. */
const FIELD_KEYS = {
  title: "title",
  reference: "reference",
  summary: "summary",
  forum: "forum",
  situation: "situation",
  accused: "accused",
  charges: "charges",
  sources: "sources",
  milestones: "milestones",
  isSynthetic: "isSynthetic",
  expectedVersion: "expectedVersion",
  initialStage: "initialStage",
  "initialStage.stage": "initialStage",
  "initialStage.date": "initialStageDate",
  "initialStage.inAbsentia": "initialStageInAbsentia",
  "initialStage.note": "initialStageNote",
  input: "form",
  body: "form",
  lang: "lang",
  translations: "translations",
} as const;

/** The catalogue keys ("CaseForm.part.…") of a row's fields; a row's `key` names no field of its own. */
const ROW_PART_KEYS = {
  slug: "slug",
  name: "name",
  nameUkrainian: "nameUkrainian",
  kind: "kind",
  rank: "rank",
  level: "level",
  description: "description",
  accused: "accused",
  crime: "crime",
  mode: "mode",
  provisionCited: "provisionCited",
  knowledgeStandard: "knowledgeStandard",
  failedDuties: "failedDuties",
  title: "title",
  url: "url",
  publisher: "publisher",
  locator: "locator",
} as const;

const ROW = /^(accused|charges|sources)\.(\d+)(?:\.(\w+))?/;
const ROW_IDS = { accused: "accused", charges: "charge", sources: "source" } as const;

/** "Charge 2: crime": the field an error names, in the form's words. */
function useLabelOf(): (parameter: string) => string {
  const t = useTranslations("CaseForm");
  return (parameter) => {
    const row = ROW.exec(parameter);
    if (row) {
      const partKey = ROW_PART_KEYS[(row[3] ?? "") as keyof typeof ROW_PART_KEYS];
      const name = t(`rowName.${row[1] as keyof typeof ROW_IDS}`, { number: Number(row[2]) + 1 });
      return partKey ? `${name}: ${t(`part.${partKey}`)}` : name;
    }
    const other = /^translations\.(\w+)\.(title|summary)$/.exec(parameter);
    if (other) return t(other[2] === "title" ? "otherTitle" : "otherSummary", { language: other[1]! });
    const key = FIELD_KEYS[parameter as keyof typeof FIELD_KEYS];
    return key ? t(`field.${key}`) : parameter;
  };
}

function anchorOf(parameter: string): string {
  const row = ROW.exec(parameter);
  if (row) {
    const id = `${ROW_IDS[row[1] as keyof typeof ROW_IDS]}-${row[2]}`;
    return row[3] && row[3] !== "key" ? `${id}-${row[3]}` : id;
  }
  if (parameter.startsWith("initialStage.")) return `stage-${parameter.slice("initialStage.".length)}`;
  const other = /^translations\.\w+\.(title|summary)$/.exec(parameter);
  if (other) return `field-translations-${other[1]}`;
  return `field-${parameter.replace(/\./g, "-")}`;
}


const rowMessages = (row: FieldMeta, ...parts: FieldMeta[]) => [...messagesOf(row.name, row.errors), ...parts.flatMap((p) => messagesOf(p.name, p.errors))];
const checked = (value: unknown) => value === true || value === "on";

function AccusedRow({ index, row, options }: { index: number; row: Row<AccusedPart>; options: CaseFormOptions }) {
  const t = useTranslations("CaseForm");
  const ta = useTranslations("Accused");
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
        <legend>{t("rowName.accused", { number: index + 1 })}</legend>
        <ErrorList id={`${id}-error`} messages={rowMessages(row, f.key, f.slug)} />
        <input type="hidden" name={f.slug.name} value={slug} />
        <p className={styles.existing}>
          <strong>{known ? known.label : slug}</strong>
          {known?.hint ? <span className="muted"> · {known.hint}</span> : null} · <Link href={`/accused/${slug}`}>{t("theirPage")}</Link>
        </p>
        <p className="field-hint">{t("recordedAccusedHint")}</p>
        <label className="checkbox">
          <input type="checkbox" name={`${row.name}.remove`} value="on" /> <span>{t("removeAccused")}</span>
        </label>
      </fieldset>
    );
  }
  return (
    <fieldset className={styles.row} id={id}>
      <legend>{t("rowName.accused", { number: index + 1 })}</legend>
      <ErrorList id={`${id}-error`} messages={rowMessages(row, f.key)} />
      {/* The name the charges use for this accused until it is saved. */}
      <input type="hidden" name={f.key.name} value={textOf(value.key) || newAccusedKey(index)} />
      <SelectField
        {...at("slug")}
        label={t("recordedAccused")}
        required={false}
        options={options.accused}
        emptyLabel={t("newAccusedBelow")}
        hint={t("recordedAccusedChoose")}
      />
      <p className={styles.or}>{t("orNewAccused")}</p>
      <div className={styles.rowGrid}>
        <TextField {...at("name")} label={ta("field.name")} required />
        <TextField {...at("nameUkrainian")} label={ta("field.nameUkrainian")} />
        <SelectField {...at("kind")} label={ta("field.kind")} options={options.kinds} emptyLabel={ta("chooseKind")} hint={ta("kindHint")} />
        <TextField {...at("rank")} label={ta("field.rank")} hint={ta("rankHint")} />
        <SelectField {...at("level")} label={ta("field.level")} required={false} options={options.levels} emptyLabel={ta("notStated")} hint={ta("levelHint")} />
        <TextField {...at("description")} label={ta("field.description")} multiline className={styles.wide} />
      </div>
      <label className="checkbox">
        <input type="checkbox" name={`${row.name}.remove`} value="on" /> <span>{t("removeRow")}</span>
      </label>
    </fieldset>
  );
}

function ChargeRow({ index, row, options, against }: { index: number; row: Row<ChargePart>; options: CaseFormOptions; against: Option[] }) {
  const t = useTranslations("CaseForm");
  const tc = useTranslations("Charges");
  const f = row.getFieldset();
  const value = (row.initialValue ?? {}) as Values;
  const id = `charge-${index}`;
  const at = (part: ChargePart) => ({ meta: f[part], id: `${id}-${part}` });
  // The list's own messages and its items' ("charges[0].failedDuties[1]").
  const dutyMessages = Object.entries(f.failedDuties.allErrors ?? {}).flatMap(([name, messages]) => messagesOf(name, messages));
  const duties = listOf(value.failedDuties);
  return (
    <fieldset className={styles.row} id={id}>
      <legend>{t("rowName.charges", { number: index + 1 })}</legend>
      <ErrorList id={`${id}-error`} messages={rowMessages(row)} />
      <div className={styles.rowGrid}>
        <SelectField {...at("accused")} label={tc("against")} required={false} options={against} emptyLabel={tc("everyAccused")} hint={t("againstHint")} className={styles.wide} />
        <SelectField {...at("crime")} label={tc("crime")} options={options.crimes} emptyLabel={t("chooseCrime")} />
        <SelectField {...at("mode")} label={tc("mode")} options={options.modes} emptyLabel={t("chooseMode")} />
        <TextField {...at("provisionCited")} label={tc("provisionCited")} required hint={t("provisionHint")} className={styles.wide} />
        {/* The link to the tracker's own provision record, kept as it was so an edit does not drop it. */}
        <input type="hidden" name={f.provision.name} value={textOf(value.provision)} />
        <TextField {...at("description")} label={t("description")} multiline className={styles.wide} />
      </div>
      <fieldset className={styles.subsection}>
        <legend>{t("commandOnly")}</legend>
        <p className="field-hint">{t("commandHint")}</p>
        <div className={styles.rowGrid}>
          <SelectField
            {...at("knowledgeStandard")}
            label={tc("knowledgeStandardHeading")}
            required={false}
            options={KNOWLEDGE_STANDARDS.map((k) => ({ value: k, label: tc(`knowledgeStandard.${KNOWLEDGE_KEYS[k]}`) }))}
            emptyLabel={t("notStatedInSource")}
            hint={t("knowledgeHint")}
          />
          <fieldset className={`form-field checkbox-group${dutyMessages.length ? " has-error" : ""}`} id={`${id}-failedDuties`}>
            <legend>
              {tc("failedDuties")} <span className="optional">{t("optional")}</span>
            </legend>
            <ErrorList id={`${id}-failedDuties-error`} messages={dutyMessages} />
            <div className="checkbox-list">
              {FAILED_DUTIES.map((d) => (
                <label key={d} className="checkbox">
                  <input type="checkbox" name={f.failedDuties.name} value={d} defaultChecked={duties.includes(d)} />
                  <span>{tc("failed", { duties: tc(`failedDuty.${FAILED_DUTY_KEYS[d]}`) })}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" name={`${row.name}.remove`} value="on" /> <span>{t("removeCharge")}</span>
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
  const t = useTranslations("CaseForm");
  const ts = useTranslations("Stages");
  const labelOf = useLabelOf();
  const locale = useLocale();
  const stageLabels = labelsIn(locale).caseStage;
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
      label: `${t("rowName.accused", { number: i + 1 })}: ${slug ? (options.accused.find((o) => o.value === slug)?.label ?? slug) : textOf(a.name).trim() || t("rowNotFilled")}`,
    };
  });
  const field = (name: "title" | "reference" | "summary" | "forum" | "situation") => ({ meta: fields[name] as FieldMeta, id: `field-${name}` });
  // "Written in": the page's language unless the case says otherwise; the other-language fields
  // follow the choice (their names name that language, so the server files them under it).
  const [lang, setLang] = useState(textOf(fields.lang.initialValue) || locale);
  const other = LOCALES.find((l) => l !== lang) ?? "en";
  const byLocale = (fields.translations as unknown as Row<Locale>).getFieldset();
  const translated = (part: "title" | "summary") => {
    const meta = (byLocale[other] as unknown as Row<"title" | "summary">).getFieldset()[part];
    // One element whichever language it is for, so a text typed before changing "Written in" stays.
    // Conform's metadata answers through getters, which a spread would not copy: name each part read.
    const kept: FieldMeta = { name: meta.name, key: `other-${part}`, initialValue: meta.initialValue, errors: meta.errors, allErrors: meta.allErrors };
    return { meta: kept, id: `field-translations-${part}` };
  };
  const langMessages = messagesOf(fields.lang.name, fields.lang.errors);
  const inAbsentia = messagesOf(stage.inAbsentia.name, stage.inAbsentia.errors);
  const version = textOf(fields.expectedVersion.initialValue) || String(fields.expectedVersion.initialValue ?? "");

  return (
    <form id={form.id} action={action} className="milestone-form" noValidate>
      {/* The form's first submit button is what Enter in a field presses: saving, not adding a row. */}
      <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {t("save")}
      </button>
      <ErrorSummary errors={lastResult?.error} labelOf={labelOf} anchorOf={anchorOf} title={t("notSaved")} fieldsIntro={t("correctFields")} />
      {caseSlug ? <input type="hidden" name="case" value={caseSlug} /> : null}
      {version ? <input type="hidden" name="expectedVersion" value={version} /> : null}

      <fieldset className="form-section">
        <legend>{t("theCase")}</legend>
        <TextField {...field("title")} label={t("field.title")} required hint={t("titleHint")} />
        <TextField {...field("reference")} label={t("field.reference")} hint={t("referenceHint")} />
        <div className="form-row">
          <SelectField {...field("forum")} label={t("field.forum")} options={options.forums} emptyLabel={t("chooseForum")} />
          <SelectField {...field("situation")} label={t("field.situation")} options={options.situations} emptyLabel={t("chooseSituation")} />
        </div>
        <TextField {...field("summary")} label={t("field.summary")} multiline />
        <div className={`form-field${langMessages.length ? " has-error" : ""}`}>
          <label htmlFor="field-lang">{t("field.lang")}</label>
          <p className="field-hint" id="field-lang-hint">
            {t("langHint")}
          </p>
          <ErrorList id="field-lang-error" messages={langMessages} />
          <select id="field-lang" name={fields.lang.name} value={lang} onChange={(e) => setLang(e.target.value)} aria-describedby="field-lang-hint" aria-invalid={langMessages.length > 0}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t("languageName", { language: l })}
              </option>
            ))}
          </select>
        </div>
        <fieldset className={styles.otherLanguage} id="field-translations">
          <legend>{t("otherLanguage", { language: other })}</legend>
          <p className="field-hint">{t("otherLanguageHint")}</p>
          <TextField {...translated("title")} label={t("otherTitle", { language: other })} />
          <TextField {...translated("summary")} label={t("otherSummary", { language: other })} multiline />
        </fieldset>
        <div className={`form-field${fields.isSynthetic.errors?.length ? " has-error" : ""}`}>
          <label className="checkbox">
            <input type="checkbox" name={fields.isSynthetic.name} value="on" defaultChecked={checked(fields.isSynthetic.initialValue)} id="field-isSynthetic" />
            <span>{t("synthetic")}</span>
          </label>
        </div>
      </fieldset>

      {creating ? (
        <fieldset className="form-section" id="stage">
          <legend>{t("stageNow")}</legend>
          <p className="field-hint">{t("stageNowHint")}</p>
          <ErrorList id="stage-error" messages={messagesOf(fields.initialStage.name, fields.initialStage.errors)} />
          <div className="form-row">
            <SelectField meta={stage.stage} id="stage-stage" label={t("field.initialStage")} options={CASE_STAGES.map((s) => ({ value: s, label: stageLabels[s] }))} emptyLabel={t("chooseStage")} />
            <TextField meta={stage.date} id="stage-date" label={t("dateReached")} required inputMode="numeric" hint={t("dateHint")} />
          </div>
          <div className={`form-field${inAbsentia.length ? " has-error" : ""}`}>
            <ErrorList id="stage-inAbsentia-error" messages={inAbsentia} />
            <label className="checkbox">
              <input type="checkbox" id="stage-inAbsentia" name={stage.inAbsentia.name} value="on" defaultChecked={checked(stage.inAbsentia.initialValue)} />
              <span>{t("inAbsentia")}</span>
            </label>
          </div>
          <TextField meta={stage.note} id="stage-note" label={t("note")} multiline hint={t("noteHint")} />
        </fieldset>
      ) : null}

      <fieldset className="form-section" id="field-accused">
        <legend>{t("field.accused")}</legend>
        <p className="field-hint">{t("accusedHint")}</p>
        <ErrorList id="accused-error" messages={messagesOf(fields.accused.name, fields.accused.errors)} />
        {accusedRows.map((row, i) => (
          <AccusedRow key={row.key} index={i} row={row} options={options} />
        ))}
        <button {...form.insert.getButtonProps({ name: fields.accused.name })} className={styles.addRow} formNoValidate>
          {t("addAccused")}
        </button>
      </fieldset>

      <fieldset className="form-section" id="field-charges">
        <legend>{t("field.charges")}</legend>
        <p className="field-hint">{t("chargesHint")}</p>
        <ErrorList id="charges-error" messages={messagesOf(fields.charges.name, fields.charges.errors)} />
        {chargeRows.map((row, i) => (
          <ChargeRow key={row.key} index={i} row={row} options={options} against={against} />
        ))}
        <button {...form.insert.getButtonProps({ name: fields.charges.name })} className={styles.addRow} formNoValidate>
          {t("addCharge")}
        </button>
      </fieldset>

      <fieldset className="form-section" id="field-sources">
        <legend>{t("field.sources")}</legend>
        <p className="field-hint">{t("sourcesHint")}</p>
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
            passage={{ hint: t("passageHint") }}
          />
        ))}
        <button {...form.insert.getButtonProps({ name: fields.sources.name })} className={styles.addRow} formNoValidate>
          {t("addSource")}
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("field.milestones")}</legend>
        <CheckboxGroup
          meta={fields.milestones}
          id="field-milestones"
          legend={t("milestones")}
          hint={t("milestonesHint")}
          options={options.milestones}
          scroll
          empty={t("noMilestones")}
        />
      </fieldset>

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : creating ? t("recordCase") : t("saveChanges")}
        </button>
        <Link href={cancelHref}>{ts("cancel")}</Link>
      </div>
    </form>
  );
}

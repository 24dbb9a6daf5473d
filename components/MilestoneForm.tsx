"use client";

import { useForm } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { SourcePicker } from "@/components/forms/SourcePicker";
import { isEmptyRow, pickedDetails, pickedDocumentsOf, sourceRowsOnPage, withAddedRow, withCitedSource } from "@/components/forms/source-rows";
import { Link } from "@/lib/i18n/navigation";
import { recordedSources, SourceRow, type RecordedSources } from "@/components/forms/SourceRow";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import { MilestoneConflict } from "@/components/MilestoneConflict";
import { CheckboxGroup, ErrorList, ErrorSummary, messagesOf, SelectField, TextField, textOf } from "@/components/forms/Field";
import { EMPTY_SOURCE, MILESTONE_STATUSES, type CitableDocument, type MilestoneFormValues, type SourceFormValues } from "@/lib/core/milestone-input";
import { labelsIn } from "@/lib/core/labels";
import { milestoneFormValuesOf, translationOf, type MergeField } from "@/lib/core/milestone-merge";
import { LOCALES, type Locale } from "@/lib/core/locales";
import { otherLocales } from "@/lib/core/written-in";
import type { MilestoneFormReply } from "@/lib/web/form-submission";
import type { FoundSource, MilestoneFormOptions, Option, RuleOption } from "@/lib/core/views";

const SPARE_SOURCE_ROWS = 2;

type Translate = ReturnType<typeof useTranslations<"MilestoneForm">>;

const SOURCE_PARTS = ["title", "url", "publisher", "kind", "locator", "document", "page", "slug"] as const;

/** The refused field's name in the error summary: "Title", "Source 2 URL". */
function labelerOf(t: Translate, fieldLabels: Record<string, string>): (parameter: string) => string {
  const labels: Record<string, string> = { ...fieldLabels, rules: t("rulesLegend"), expectedVersion: t("versionField"), input: t("formField"), body: t("formField") };
  return (parameter) => {
    const translation = /^translations\.(\w+)\.(\w+)$/.exec(parameter);
    if (translation) return t("translationField", { field: labels[translation[2]!] ?? translation[2]!, language: translation[1]! });
    const source = /^sources\.(\d+)(?:\.(\w+))?$/.exec(parameter);
    if (source) {
      const part = SOURCE_PARTS.find((p) => p === source[2]);
      return part ? t("sourcePart", { number: Number(source[1]) + 1, part }) : t("sourceNumber", { number: Number(source[1]) + 1 });
    }
    return labels[parameter] ?? parameter;
  };
}

function anchorOf(parameter: string): string {
  const source = /^sources\.(\d+)(?:\.(\w+))?$/.exec(parameter);
  if (source) return source[2] && source[2] !== "slug" ? `source-${source[1]}-${source[2]}` : `source-${source[1]}`;
  return `field-${parameter}`;
}



/** The recorded sources, then spare empty rows to fill in (three on a new milestone). */
function withSpareSources(values: MilestoneFormValues): MilestoneFormValues {
  return { ...values, sources: withSpareRows(values.sources) };
}

/**
 * The rows of a reply: a refused save sends back its filled rows only, which get spare rows again;
 * a list the page rebuilt itself (a source cited, a row added) comes back as it was, empty rows
 * included (Conform sends an empty row as a hole in the list).
 */
function sentRows(sources: unknown): SourceFormValues[] {
  const rows: (SourceFormValues | undefined)[] = Array.isArray(sources) ? sources : [];
  if (rows.length > 0 && rows.some(isEmptyRow)) return rows.map((s) => (isEmptyRow(s) ? EMPTY_SOURCE : { ...EMPTY_SOURCE, ...s }));
  return withSpareRows(rows.filter((s): s is SourceFormValues => !!s));
}

function withSpareRows(sources: readonly (SourceFormValues | undefined)[]): SourceFormValues[] {
  const filled = sources.filter((s): s is SourceFormValues => !isEmptyRow(s));
  const spare = filled.length === 0 ? SPARE_SOURCE_ROWS + 1 : SPARE_SOURCE_ROWS;
  return [...filled, ...Array.from({ length: spare }, () => EMPTY_SOURCE)];
}

/**
 * Logging or changing a milestone. The page passes the server action (`save`); a refused save
 * comes back with each message beside its field and everything typed, in spare rows too.
 */
export function MilestoneForm({ save, options, initial, documents = [], milestone, showEffects, cancelHref, zone }: {
  save: (previous: MilestoneFormReply | undefined, form: FormData) => Promise<MilestoneFormReply>;
  options: MilestoneFormOptions;
  initial: MilestoneFormValues;
  /** The documents a recorded source's passage may point at (editing: those attached to the milestone or its sources); a source picked on the page brings its own. */
  documents?: readonly CitableDocument[];
  /** The slug of the milestone being edited; absent when logging a new one. */
  milestone?: string;
  showEffects: boolean;
  cancelHref: string;
  /** The reader's time zone, for when a conflicting version was saved. */
  zone: string;
}) {
  const state = useFormReply(save);
  const sent = state.reply?.initialValue as MilestoneFormValues | undefined;
  // After a reply, only what was sent: a field left empty is missing from it, and must stay empty;
  // the rows are those sent (the empty ones were dropped), or those a row was added to or picked into.
  const defaultValue = sent ? { ...sent, sources: sentRows(sent.sources) } : withSpareSources(initial);
  // Sources picked on this page: a row that cites one sends only its slug, and must still name it.
  const [picked, setPicked] = useState<ReadonlyMap<string, { title: string; publisher: string; url: string }>>(new Map());
  // The form re-mounts after each attempt (the key), so every field shows what was sent.
  const conflict = state.reply?.conflict ?? null;
  // A conflicting version may cite sources the page did not load: their titles come with it.
  const recorded = new Map([...recordedSources([...initial.sources, ...(conflict?.theirs.sources ?? [])]), ...picked]);
  // The documents of the sources picked on this page: a new milestone's rows offer only these.
  const [pickedDocuments, setPickedDocuments] = useState<readonly CitableDocument[]>([]);
  const remember = (s: FoundSource) => {
    setPicked((p) => new Map([...p, pickedDetails(s)]));
    setPickedDocuments((held) => [...held.filter((d) => d.source !== s.slug), ...pickedDocumentsOf(s)]);
  };
  const citable = [...documents, ...pickedDocuments.filter((d) => !documents.some((o) => o.sha256 === d.sha256 && o.source === d.source))];
  return <MilestoneFields key={state.attempt} {...{ state, defaultValue, options, milestone, showEffects, cancelHref, recorded, zone, remember, documents: citable }} />;
}

function MilestoneFields({ state, defaultValue, options, milestone, showEffects, cancelHref, recorded, zone, remember, documents }: {
  remember: (source: FoundSource) => void;
  documents: readonly CitableDocument[];
  state: FormReplyState<MilestoneFormReply>;
  zone: string;
  defaultValue: MilestoneFormValues;
  recorded: RecordedSources;
  options: MilestoneFormOptions;
  milestone?: string;
  showEffects: boolean;
  cancelHref: string;
}) {
  const { action, pending, reply: lastResult, result } = state;
  const t = useTranslations("MilestoneForm");
  const fieldLabels = labelsIn(useLocale()).milestoneField;
  // The language the texts are written in; the fieldset below holds the other (decision 042).
  const [lang, setLang] = useState<string>(textOf(defaultValue.lang) || "en");
  const other: Locale = otherLocales(lang)[0] ?? "en";
  const labelOf = labelerOf(t, fieldLabels);
  const [form, fields] = useForm({ lastResult: result, defaultValue });
  const ruleNote = (field: "opens" | "closes") => (o: Option) => {
    const r = o as RuleOption;
    const by = field === "opens" ? r.openedBy : r.closedBy;
    return by ? (field === "opens" ? t("openedBy", { by }) : t("closedBy", { by })) : null;
  };
  const expectedVersion = textOf(fields.expectedVersion.initialValue);
  // The source rows, rebuilt on the page (a source cited, a row added); Conform re-renders them.
  const setRows = (rows: SourceFormValues[]) => form.update({ name: fields.sources.name, value: rows as never });
  const conflict = lastResult?.conflict ?? null;
  // A choice in the conflict puts that version's value into the field. Sources change the rows
  // shown, so Conform re-renders them (a round trip that saves nothing); the other fields are set
  // in place, so the focus stays on the choice.
  const use = (field: MergeField, value: unknown) => {
    if (field === "lang") setLang(String(value || "en"));
    if (field === "sources") return form.update({ name: fields.sources.name, value: withSpareRows(value as MilestoneFormValues["sources"]) as never });
    const name = translationOf(field) ? field : fields[field as Exclude<MergeField, `translations.${string}`>].name;
    const controls = (document.getElementById(form.id) as HTMLFormElement | null)?.elements.namedItem(name);
    if (controls instanceof RadioNodeList) {
      const chosen = Array.isArray(value) ? value.map(String) : [String(value)];
      for (const box of controls) if (box instanceof HTMLInputElement) box.checked = chosen.includes(box.value);
    } else if (controls instanceof HTMLInputElement && controls.type === "checkbox") {
      controls.checked = Array.isArray(value) && value.map(String).includes(controls.value);
    } else if (controls instanceof HTMLInputElement || controls instanceof HTMLTextAreaElement || controls instanceof HTMLSelectElement) {
      controls.value = String(value ?? "");
    }
  };

  return (
    <form id={form.id} action={action} className="milestone-form" noValidate>
      {conflict ? <MilestoneConflict conflict={conflict} holds={milestoneFormValuesOf(defaultValue) ?? defaultValue} options={options} sources={recorded} documents={documents} use={use} zone={zone} pending={pending} /> : null}
      <ErrorSummary errors={lastResult?.error} labelOf={labelOf} anchorOf={anchorOf} />
      {milestone ? <input type="hidden" name="milestone" value={milestone} /> : null}
      {expectedVersion ? <input type="hidden" name="expectedVersion" value={expectedVersion} /> : null}

      <fieldset className="form-section">
        <legend>{t("eventLegend")}</legend>
        <SelectField
          meta={fields.lang}
          id="field-lang"
          label={fieldLabels.lang}
          options={LOCALES.map((l) => ({ value: l, label: t("language", { language: l }) }))}
          hint={t("langHint")}
          onChange={setLang}
        />
        <TextField meta={fields.title} id="field-title" label={fieldLabels.title} required hint={t("titleHint")} />
        <TextField meta={fields.date} id="field-date" label={fieldLabels.date} required inputMode="numeric" hint={t("dateHint")} />
        <SelectField
          meta={fields.status}
          id="field-status"
          label={fieldLabels.status}
          options={MILESTONE_STATUSES.map((s) => ({ value: s, label: s === "HAPPENED" ? t("statusHappened") : t("statusExpected") }))}
          emptyLabel={t("choose")}
          hint={t("statusHint")}
        />
        <TextField meta={fields.description} id="field-description" label={fieldLabels.description} multiline rows={4} required hint={t("descriptionHint")} />
        <TextField meta={fields.whatChanged} id="field-whatChanged" label={fieldLabels.whatChanged} multiline rows={4} hint={t("whatChangedHint")} />
        <div className="form-row">
          <SelectField meta={fields.track} id="field-track" label={fieldLabels.track} options={options.tracks} emptyLabel={t("chooseTrack")} />
          <SelectField meta={fields.type} id="field-type" label={fieldLabels.type} options={options.types} emptyLabel={t("chooseType")} />
          <SelectField meta={fields.situation} id="field-situation" label={fieldLabels.situation} required={false} options={options.situations} emptyLabel={t("noSituation")} />
        </div>
      </fieldset>

      <TranslationFields key={other} locale={other} fields={fields} t={t} labels={fieldLabels} />

      <fieldset className="form-section" id="field-sources">
        <legend>{fieldLabels.sources}</legend>
        <p className="field-hint">{t("sourcesHint")}</p>
        <ErrorList id="sources-error" messages={messagesOf(fields.sources.name, fields.sources.errors)} />
        <SourcePicker
          onPick={(s, locator) => {
            remember(s);
            setRows(withCitedSource(sourceRowsOnPage(form.id, fields.sources.name), s, locator));
          }}
          citedAs={(slug) => {
            const row = defaultValue.sources.findIndex((r) => r?.slug === slug);
            return row === -1 ? null : row + 1;
          }}
        />
        {fields.sources.getFieldList().map((source, i) => (
          <SourceRow
            key={source.key}
            index={i}
            row={source}
            of="milestone"
            optional={i > 0}
            recorded={recorded}
            documents={documents}
            classes={{ row: "source-row", existing: "source-existing", fields: "source-fields", passage: "source-passage" }}
            passage={{
              rows: 2,
              hint: t("passageHint"),
              recordedHint: t("recordedHint"),
            }}
          />
        ))}
        <button type="button" className="add-row" onClick={() => setRows(withAddedRow(sourceRowsOnPage(form.id, fields.sources.name)))}>
          {t("addRow")}
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("linksLegend")}</legend>
        <CheckboxGroup meta={fields.forums} id="field-forums" legend={fieldLabels.forums} options={options.forums} />
        <CheckboxGroup meta={fields.instruments} id="field-instruments" legend={fieldLabels.instruments} options={options.instruments} scroll />
        <CheckboxGroup meta={fields.cases} id="field-cases" legend={fieldLabels.cases} options={options.cases} scroll />
        <CheckboxGroup
          meta={fields.rules}
          id="field-rules"
          legend={t("rulesLegend")}
          hint={t("rulesHint")}
          options={options.rules}
          scroll
        />
      </fieldset>

      {showEffects ? (
        <fieldset className="form-section form-effects">
          <legend>{t("effectsLegend")}</legend>
          <input type="hidden" name="effects" value="shown" />
          <p className="field-hint">{t.rich("effectsHint", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <CheckboxGroup meta={fields.opens} id="field-opens" legend={fieldLabels.opens} options={options.rules} scroll note={ruleNote("opens")} />
          <CheckboxGroup meta={fields.closes} id="field-closes" legend={fieldLabels.closes} options={options.rules} scroll note={ruleNote("closes")} />
        </fieldset>
      ) : null}

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : conflict ? t("saveAsVersion", { version: conflict.theirVersion + 1 }) : milestone ? t("saveChanges") : t("logMilestone")}
        </button>
        <Link href={cancelHref}>{conflict ? t("cancelKeepTheirs") : t("cancel")}</Link>
      </div>
    </form>
  );
}

/**
 * The texts in the other language (decision 042): named `translations.<language>.<field>`, shown
 * with that language's `lang`. Left empty, the milestone has none (a text held is removed).
 */
function TranslationFields({ locale, fields, t, labels }: {
  locale: Locale;
  fields: ReturnType<typeof useForm<MilestoneFormValues>>[1];
  t: Translate;
  labels: Record<"title" | "description" | "whatChanged", string>;
}) {
  const texts = fields.translations.getFieldset()[locale]?.getFieldset();
  if (!texts) return null;
  const id = (field: string) => `field-translations.${locale}.${field}`;
  return (
    <fieldset className="form-section" id={`field-translations-${locale}`}>
      <legend>{t("otherLanguageLegend", { language: locale })}</legend>
      <p className="field-hint">{t("otherLanguageHint", { language: locale })}</p>
      <TextField meta={texts.title} id={id("title")} label={labels.title} required={false} lang={locale} />
      <TextField meta={texts.description} id={id("description")} label={labels.description} multiline rows={4} required={false} lang={locale} />
      <TextField meta={texts.whatChanged} id={id("whatChanged")} label={labels.whatChanged} multiline rows={4} required={false} lang={locale} />
    </fieldset>
  );
}

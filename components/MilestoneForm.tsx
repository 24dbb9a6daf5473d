"use client";

import { useForm } from "@conform-to/react";
import { useState } from "react";
import { SourcePicker } from "@/components/forms/SourcePicker";
import { isEmptyRow, pickedDetails, sourceRowsOnPage, withAddedRow, withCitedSource } from "@/components/forms/source-rows";
import { Link } from "@/lib/i18n/navigation";
import { recordedSources, SourceRow, type RecordedSources } from "@/components/forms/SourceRow";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import { MilestoneConflict } from "@/components/MilestoneConflict";
import { CheckboxGroup, ErrorList, ErrorSummary, messagesOf, SelectField, TextField, textOf } from "@/components/forms/Field";
import { EMPTY_SOURCE, MILESTONE_STATUSES, type MilestoneFormValues, type SourceFormValues } from "@/lib/core/milestone-input";
import { MILESTONE_FIELD_LABELS } from "@/lib/core/labels";
import { milestoneFormValuesOf, type MergeField } from "@/lib/core/milestone-merge";
import type { MilestoneFormReply } from "@/lib/web/form-submission";
import type { FoundSource, MilestoneFormOptions, Option, RuleOption } from "@/lib/core/views";

const SPARE_SOURCE_ROWS = 2;

const FIELD_LABELS: Record<string, string> = {
  ...MILESTONE_FIELD_LABELS,
  rules: "Related jurisdiction rules",
  expectedVersion: "Version",
  input: "Form",
  body: "Form",
};

function labelOf(parameter: string): string {
  const source = /^sources\.(\d+)(?:\.(\w+))?$/.exec(parameter);
  if (source) {
    const part = { title: "title", url: "URL", publisher: "publisher", kind: "kind of source", locator: "passage", slug: "source" }[source[2] ?? ""] ?? "";
    return `Source ${Number(source[1]) + 1}${part ? ` ${part}` : ""}`;
  }
  return FIELD_LABELS[parameter] ?? parameter;
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
export function MilestoneForm({ save, options, initial, milestone, showEffects, cancelHref, zone }: {
  save: (previous: MilestoneFormReply | undefined, form: FormData) => Promise<MilestoneFormReply>;
  options: MilestoneFormOptions;
  initial: MilestoneFormValues;
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
  const remember = (s: FoundSource) => setPicked((p) => new Map([...p, pickedDetails(s)]));
  return <MilestoneFields key={state.attempt} {...{ state, defaultValue, options, milestone, showEffects, cancelHref, recorded, zone, remember }} />;
}

function MilestoneFields({ state, defaultValue, options, milestone, showEffects, cancelHref, recorded, zone, remember }: {
  remember: (source: FoundSource) => void;
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
  const [form, fields] = useForm({ lastResult: result, defaultValue });
  const ruleNote = (field: "opens" | "closes") => (o: Option) => {
    const r = o as RuleOption;
    const by = field === "opens" ? r.openedBy : r.closedBy;
    return by ? `(${field === "opens" ? "opened" : "closed"} by: ${by})` : null;
  };
  const expectedVersion = textOf(fields.expectedVersion.initialValue);
  // The source rows, rebuilt on the page (a source cited, a row added); Conform re-renders them.
  const setRows = (rows: SourceFormValues[]) => form.update({ name: fields.sources.name, value: rows as never });
  const conflict = lastResult?.conflict ?? null;
  // A choice in the conflict puts that version's value into the field. Sources change the rows
  // shown, so Conform re-renders them (a round trip that saves nothing); the other fields are set
  // in place, so the focus stays on the choice.
  const use = (field: MergeField, value: unknown) => {
    if (field === "sources") return form.update({ name: fields.sources.name, value: withSpareRows(value as MilestoneFormValues["sources"]) as never });
    const controls = (document.getElementById(form.id) as HTMLFormElement | null)?.elements.namedItem(fields[field].name);
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
      {conflict ? <MilestoneConflict conflict={conflict} holds={milestoneFormValuesOf(defaultValue) ?? defaultValue} options={options} sources={recorded} use={use} zone={zone} pending={pending} /> : null}
      <ErrorSummary errors={lastResult?.error} labelOf={labelOf} anchorOf={anchorOf} />
      {milestone ? <input type="hidden" name="milestone" value={milestone} /> : null}
      {expectedVersion ? <input type="hidden" name="expectedVersion" value={expectedVersion} /> : null}

      <fieldset className="form-section">
        <legend>The event</legend>
        <TextField meta={fields.title} id="field-title" label="Title" required hint="A short, factual title, e.g. “ICC issues arrest warrant for …”." />
        <TextField
          meta={fields.date}
          id="field-date"
          label="Date"
          required
          inputMode="numeric"
          hint="Only as precise as the source: 2024-10-25 for a day, 2024-10 for a month (shown as “October 2024”), 2024 for a year."
        />
        <SelectField
          meta={fields.status}
          id="field-status"
          label="Happened or expected"
          options={MILESTONE_STATUSES.map((s) => ({ value: s, label: s === "HAPPENED" ? "Happened on that date" : "Expected on that date (scheduled, announced, pending)" }))}
          emptyLabel="Choose"
          hint="A milestone that has not happened yet is logged as expected, with the date it is expected; mark it happened when it does, with the date it did."
        />
        <TextField meta={fields.description} id="field-description" label="What happened" multiline rows={4} required hint="For an expected milestone: what is scheduled or announced." />
        <TextField meta={fields.whatChanged} id="field-whatChanged" label="What it changed" multiline rows={4} hint="In the accountability architecture, in a lawyer’s words." />
        <div className="form-row">
          <SelectField meta={fields.track} id="field-track" label="Track" options={options.tracks} emptyLabel="Choose a track" />
          <SelectField meta={fields.type} id="field-type" label="Type" options={options.types} emptyLabel="Choose a type" />
          <SelectField meta={fields.situation} id="field-situation" label="Situation" required={false} options={options.situations} emptyLabel="Not tied to one situation" />
        </div>
      </fieldset>

      <fieldset className="form-section" id="field-sources">
        <legend>Sources</legend>
        <p className="field-hint">At least one source: cite a recorded one, or type a new one in an empty row. Add and remove rows as you need; nothing is saved until you save.</p>
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
            classes={{ row: "source-row", existing: "source-existing", fields: "source-fields", passage: "source-passage" }}
            passage={{
              rows: 2,
              hint: "The sentence or paragraph that states the fact, or where to find it (“Article 2”, “third paragraph”).",
              recordedHint: "A recorded source (it may be cited by other records too, so its title and address are not edited here).",
            }}
          />
        ))}
        <button type="button" className="add-row" onClick={() => setRows(withAddedRow(sourceRowsOnPage(form.id, fields.sources.name)))}>
          Add a row for a new source
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>Links</legend>
        <CheckboxGroup meta={fields.forums} id="field-forums" legend="Forums" options={options.forums} />
        <CheckboxGroup meta={fields.instruments} id="field-instruments" legend="Instruments" options={options.instruments} scroll />
        <CheckboxGroup meta={fields.cases} id="field-cases" legend="Cases" options={options.cases} scroll />
        <CheckboxGroup
          meta={fields.rules}
          id="field-rules"
          legend="Related jurisdiction rules"
          hint="Rules this milestone bears on. Linking a rule does not change it; opening or closing one is an administrator’s effect below."
          options={options.rules}
          scroll
        />
      </fieldset>

      {showEffects ? (
        <fieldset className="form-section form-effects">
          <legend>Effects on jurisdiction rules (administrators)</legend>
          <input type="hidden" name="effects" value="shown" />
          <p className="field-hint">
            These change the law the tracker states, and so every answer about it. A rule this milestone <strong>opens</strong> applies from the milestone’s date;
            a rule it <strong>closes</strong> holds until the day before it (or within its month or year, for a date known only to the month or year). Each
            changed rule gets a new version and its own history entry.
          </p>
          <CheckboxGroup meta={fields.opens} id="field-opens" legend="Rules it opens" options={options.rules} scroll note={ruleNote("opens")} />
          <CheckboxGroup meta={fields.closes} id="field-closes" legend="Rules it closes" options={options.rules} scroll note={ruleNote("closes")} />
        </fieldset>
      ) : null}

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : conflict ? `Save the form as version ${conflict.theirVersion + 1}` : milestone ? "Save changes" : "Log milestone"}
        </button>
        <Link href={cancelHref}>{conflict ? "Cancel, keep their version" : "Cancel"}</Link>
      </div>
    </form>
  );
}

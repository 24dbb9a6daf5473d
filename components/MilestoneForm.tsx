"use client";

import Link from "next/link";
import { useActionState } from "react";
import { saveMilestoneAction, type MilestoneFormState } from "@/app/milestones/actions";
import { EMPTY_SOURCE, type MilestoneFormValues } from "@/lib/core/milestone-input";
import type { MilestoneFormOptions, Option, RuleOption } from "@/lib/server/queries/milestone-form";
import { ErrorSummaryBody, Errors, messagesFor } from "@/components/FormErrors";

type FieldError = { parameter: string; message: string };

const SPARE_SOURCE_ROWS = 2;

/** The message for a field, without the field's technical name in front ("sources.0.url must be…"). */

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  description: "What happened",
  whatChanged: "What it changed",
  date: "Date",
  track: "Track",
  type: "Type",
  situation: "Situation",
  forums: "Forums",
  instruments: "Instruments",
  cases: "Cases",
  rules: "Related jurisdiction rules",
  sources: "Sources",
  opens: "Rules it opens",
  closes: "Rules it closes",
  expectedVersion: "Version",
  input: "Form",
  body: "Form",
};

function labelOf(parameter: string): string {
  const source = /^sources\.(\d+)(?:\.(\w+))?$/.exec(parameter);
  if (source) {
    const part = { title: "title", url: "URL", publisher: "publisher", locator: "passage", slug: "source" }[source[2] ?? ""] ?? "";
    return `Source ${Number(source[1]) + 1}${part ? ` ${part}` : ""}`;
  }
  return FIELD_LABELS[parameter] ?? parameter;
}

function anchorOf(parameter: string): string {
  const source = /^sources\.(\d+)(?:\.(\w+))?$/.exec(parameter);
  if (source) return source[2] && source[2] !== "slug" ? `source-${source[1]}-${source[2]}` : `source-${source[1]}`;
  return `field-${parameter}`;
}


function TextField({ name, label, hint, value, errors, multiline, required, inputMode }: {
  name: keyof MilestoneFormValues & string;
  label: string;
  hint?: string;
  value: string;
  errors: FieldError[];
  multiline?: boolean;
  required?: boolean;
  inputMode?: "text" | "numeric";
}) {
  const messages = messagesFor(errors, name);
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, messages.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-field${messages.length ? " has-error" : ""}`}>
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
        <textarea id={id} name={name} defaultValue={value} rows={4} aria-invalid={messages.length > 0} aria-describedby={describedBy} />
      ) : (
        <input id={id} name={name} type="text" defaultValue={value} inputMode={inputMode} aria-invalid={messages.length > 0} aria-describedby={describedBy} autoComplete="off" />
      )}
    </div>
  );
}

function SelectField({ name, label, options, value, errors, emptyLabel, hint }: { name: string; label: string; options: Option[]; value: string; errors: FieldError[]; emptyLabel: string; hint?: string }) {
  const messages = messagesFor(errors, name);
  const id = `field-${name}`;
  return (
    <div className={`form-field${messages.length ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <Errors id={`${id}-error`} messages={messages} />
      <select id={id} name={name} defaultValue={value} aria-invalid={messages.length > 0} aria-describedby={messages.length ? `${id}-error` : undefined}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function CheckboxGroup({ name, legend, hint, options, checked, errors, scroll, note }: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  checked: string[];
  errors: FieldError[];
  scroll?: boolean;
  note?: (o: Option) => string | null;
}) {
  const messages = messagesFor(errors, name);
  return (
    <fieldset className={`form-field checkbox-group${messages.length ? " has-error" : ""}`} id={`field-${name}`}>
      <legend>
        {legend} <span className="optional">(optional{checked.length ? `; ${checked.length} chosen` : ""})</span>
      </legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <Errors id={`field-${name}-error`} messages={messages} />
      {options.length === 0 ? <p className="muted small">None recorded yet.</p> : null}
      {options.length === 0 ? null : <div className={scroll ? "checkbox-list checkbox-scroll" : "checkbox-list"}>
        {/* What is chosen comes first, so a long list never hides a choice below its fold. */}
        {[...options.filter((o) => checked.includes(o.value)), ...options.filter((o) => !checked.includes(o.value))].map((o) => {
          const extra = note?.(o);
          return (
            <label key={o.value} className="checkbox">
              <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} />
              <span>
                {o.label}
                {o.hint ? <span className="checkbox-hint"> {o.hint}</span> : null}
                {extra ? <span className="checkbox-note"> {extra}</span> : null}
              </span>
            </label>
          );
        })}
      </div>}
    </fieldset>
  );
}

function SourceRow({ index, value, errors }: { index: number; value: MilestoneFormValues["sources"][number]; errors: FieldError[] }) {
  const field = (part: "title" | "url" | "publisher" | "locator") => {
    const messages = messagesFor(errors, `sources.${index}.${part}`);
    return { messages, id: `source-${index}-${part}`, invalid: messages.length > 0 };
  };
  const rowMessages = [...messagesFor(errors, `sources.${index}`), ...messagesFor(errors, `sources.${index}.slug`)];
  const locator = field("locator");
  const heading = `Source ${index + 1}`;
  if (value.slug) {
    return (
      <fieldset className="source-row" id={`source-${index}`}>
        <legend>{heading}</legend>
        <Errors id={`source-${index}-error`} messages={rowMessages} />
        <input type="hidden" name={`sources.${index}.slug`} value={value.slug} />
        <p className="source-existing">
          <strong>{value.title}</strong>
          {value.publisher ? `, ${value.publisher}` : null}
          {value.url ? (
            <>
              {" "}
              · <a href={value.url}>{value.url}</a>
            </>
          ) : null}
        </p>
        <p className="field-hint">A recorded source (it may be cited by other records too, so its title and address are not edited here).</p>
        <div className={`form-field${locator.invalid ? " has-error" : ""}`}>
          <label htmlFor={locator.id}>
            Passage <span className="optional">(optional)</span>
          </label>
          <Errors id={`${locator.id}-error`} messages={locator.messages} />
          <textarea id={locator.id} name={`sources.${index}.locator`} defaultValue={value.locator} rows={2} />
        </div>
        <label className="checkbox">
          <input type="checkbox" name={`sources.${index}.remove`} value="on" /> <span>Remove this source from the milestone</span>
        </label>
      </fieldset>
    );
  }
  const title = field("title");
  const url = field("url");
  const publisher = field("publisher");
  return (
    <fieldset className="source-row" id={`source-${index}`}>
      <legend>
        {heading} {index > 0 ? <span className="optional">(optional)</span> : null}
      </legend>
      <Errors id={`source-${index}-error`} messages={rowMessages} />
      <div className="source-fields">
        <div className={`form-field${title.invalid ? " has-error" : ""}`}>
          <label htmlFor={title.id}>Source title</label>
          <Errors id={`${title.id}-error`} messages={title.messages} />
          <input id={title.id} name={`sources.${index}.title`} type="text" defaultValue={value.title} aria-invalid={title.invalid} aria-describedby={title.invalid ? `${title.id}-error` : undefined} />
        </div>
        <div className={`form-field${url.invalid ? " has-error" : ""}`}>
          <label htmlFor={url.id}>
            Source URL <span className="optional">(optional)</span>
          </label>
          <Errors id={`${url.id}-error`} messages={url.messages} />
          <input id={url.id} name={`sources.${index}.url`} type="text" inputMode="url" placeholder="https://" defaultValue={value.url} aria-invalid={url.invalid} aria-describedby={url.invalid ? `${url.id}-error` : undefined} />
        </div>
        <div className={`form-field${publisher.invalid ? " has-error" : ""}`}>
          <label htmlFor={publisher.id}>
            Publisher <span className="optional">(optional)</span>
          </label>
          <Errors id={`${publisher.id}-error`} messages={publisher.messages} />
          <input id={publisher.id} name={`sources.${index}.publisher`} type="text" defaultValue={value.publisher} />
        </div>
        <div className={`form-field source-passage${locator.invalid ? " has-error" : ""}`}>
          <label htmlFor={locator.id}>
            Passage <span className="optional">(optional)</span>
          </label>
          <p className="field-hint">The sentence or paragraph that states the fact, or where to find it (“Article 2”, “third paragraph”).</p>
          <Errors id={`${locator.id}-error`} messages={locator.messages} />
          <textarea id={locator.id} name={`sources.${index}.locator`} defaultValue={value.locator} rows={2} />
        </div>
      </div>
    </fieldset>
  );
}

export function MilestoneForm({ options, initial, milestone, showEffects, cancelHref }: {
  options: MilestoneFormOptions;
  initial: MilestoneFormValues;
  /** The slug of the milestone being edited; absent when logging a new one. */
  milestone?: string;
  showEffects: boolean;
  cancelHref: string;
}) {
  const [state, action, pending] = useActionState<MilestoneFormState, FormData>(saveMilestoneAction, { attempt: 0, message: null, errors: [], values: initial });
  const v = state.values;
  const errors = state.errors;
  const sourceRows = [...v.sources, ...Array.from({ length: Math.max(SPARE_SOURCE_ROWS, v.sources.length === 0 ? SPARE_SOURCE_ROWS + 1 : 0) }, () => EMPTY_SOURCE)];
  const sourceListMessages = messagesFor(errors, "sources");
  const ruleNote = (field: "opens" | "closes") => (o: Option) => {
    const r = o as RuleOption;
    const by = field === "opens" ? r.openedBy : r.closedBy;
    return by ? `(${field === "opens" ? "opened" : "closed"} by: ${by})` : null;
  };

  return (
    // The key remounts the form after each refused attempt so every field shows what was sent.
    <form action={action} className="milestone-form" key={state.attempt} noValidate>
      {state.message ? (
        <div className="notice notice-error" role="alert" id="form-error">
          <ErrorSummaryBody message={state.message} errors={errors} labelOf={labelOf} anchorOf={anchorOf} />
        </div>
      ) : null}
      {milestone ? <input type="hidden" name="milestone" value={milestone} /> : null}
      {v.expectedVersion ? <input type="hidden" name="expectedVersion" value={v.expectedVersion} /> : null}

      <fieldset className="form-section">
        <legend>The event</legend>
        <TextField name="title" label="Title" value={v.title} errors={errors} required hint="A short, factual title, e.g. “ICC issues arrest warrant for …”." />
        <TextField
          name="date"
          label="Date"
          value={v.date}
          errors={errors}
          required
          inputMode="numeric"
          hint="Only as precise as the source: 2024-10-25 for a day, 2024-10 for a month (shown as “October 2024”), 2024 for a year."
        />
        <TextField name="description" label="What happened" value={v.description} errors={errors} multiline required />
        <TextField name="whatChanged" label="What it changed" value={v.whatChanged} errors={errors} multiline hint="In the accountability architecture, in a lawyer’s words." />
        <div className="form-row">
          <SelectField name="track" label="Track" options={options.tracks} value={v.track} errors={errors} emptyLabel="Choose a track" />
          <SelectField name="type" label="Type" options={options.types} value={v.type} errors={errors} emptyLabel="Choose a type" />
          <SelectField name="situation" label="Situation (optional)" options={options.situations} value={v.situation} errors={errors} emptyLabel="Not tied to one situation" />
        </div>
      </fieldset>

      <fieldset className="form-section" id="field-sources">
        <legend>Sources</legend>
        <p className="field-hint">At least one source. Fill in another row to add a source; save and edit again if you need more rows.</p>
        <Errors id="sources-error" messages={sourceListMessages} />
        {sourceRows.map((s, i) => (
          <SourceRow key={i} index={i} value={s} errors={errors} />
        ))}
      </fieldset>

      <fieldset className="form-section">
        <legend>Links</legend>
        <CheckboxGroup name="forums" legend="Forums" options={options.forums} checked={v.forums} errors={errors} />
        <CheckboxGroup name="instruments" legend="Instruments" options={options.instruments} checked={v.instruments} errors={errors} scroll />
        <CheckboxGroup name="cases" legend="Cases" options={options.cases} checked={v.cases} errors={errors} scroll />
        <CheckboxGroup
          name="rules"
          legend="Related jurisdiction rules"
          hint="Rules this milestone bears on. Linking a rule does not change it; opening or closing one is an administrator’s effect below."
          options={options.rules}
          checked={v.rules}
          errors={errors}
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
          <CheckboxGroup name="opens" legend="Rules it opens" options={options.rules} checked={v.opens} errors={errors} scroll note={ruleNote("opens")} />
          <CheckboxGroup name="closes" legend="Rules it closes" options={options.rules} checked={v.closes} errors={errors} scroll note={ruleNote("closes")} />
        </fieldset>
      ) : null}

      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : milestone ? "Save changes" : "Log milestone"}
        </button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

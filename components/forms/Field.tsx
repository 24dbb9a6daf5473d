/**
 * The field kit every form uses (milestone, case, rule, accused, stage): a label, an optional
 * hint, the refusal beside the field, and the control wired to both by `aria-describedby`. Values
 * and errors come from Conform's field metadata (`useForm`), so a refused save shows each message
 * beside its field and keeps what was typed. Ids are the form's own (`field-title`,
 * `source-0-url`): the error summary links to them.
 */
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FocusedAlert } from "./FocusedAlert";
import { parameterOf } from "@/lib/web/form-submission";

/** What the kit reads from Conform's FieldMetadata. */
export type FieldMeta = { name: string; key?: string; initialValue?: unknown; errors?: string[]; allErrors?: Record<string, string[]> };
export type Option = { value: string; label: string; hint?: string };

/**
 * A field's messages as the form shows them: without the parameter the API puts in front
 * ("sources.0.url must be…" → "Must be…").
 */
export function messagesOf(name: string, errors: readonly string[] | undefined): string[] {
  const p = parameterOf(name);
  return (errors ?? []).map((message) => {
    const text = message.startsWith(`${p}: `) ? message.slice(p.length + 2) : message.startsWith(`${p} `) ? message.slice(p.length + 1) : message;
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
}

/** The messages of the API's field errors ({ parameter, message }) for these parameters (forms not on Conform yet: stage, note, import). */
export function messagesFor(errors: readonly { parameter: string; message: string }[], ...parameters: string[]): string[] {
  return errors.filter((e) => parameters.includes(e.parameter)).flatMap((e) => messagesOf(e.parameter, [e.message]));
}

export const textOf = (value: unknown): string => (typeof value === "string" ? value : "");
export const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" && value !== "" ? [value] : []);

/** The refusal beside a field (nothing when it has none). */
export function ErrorList({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      {messages.join(" ")}
    </p>
  );
}

/** The ids a control is described by: its hint and its error, when it has them. */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: boolean }): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

type FrameProps = { id: string; label: ReactNode; hint?: ReactNode; required?: boolean; className?: string; messages: readonly string[]; children: ReactNode };

/** Label, "(optional)", hint and error around one control. */
export function Field({ id, label, hint, required, className, messages, children }: FrameProps) {
  const t = useTranslations("Forms");
  return (
    <div className={`form-field${messages.length ? " has-error" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>
        {label} {required ? null : <span className="optional">{t("optional")}</span>}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ErrorList id={`${id}-error`} messages={messages} />
      {children}
    </div>
  );
}

type ControlProps = { meta: FieldMeta; id: string; label: ReactNode; hint?: ReactNode; required?: boolean; className?: string };

export function TextField({ meta, id, label, hint, required, className, multiline, rows = 3, inputMode, placeholder, lang }: ControlProps & { multiline?: boolean; rows?: number; inputMode?: "text" | "numeric" | "url"; placeholder?: string; lang?: string }) {
  const messages = messagesOf(meta.name, meta.errors);
  // `lang`: the language the text is to be written in, when it is not the page's (a translation).
  const aria = { "aria-invalid": messages.length > 0, "aria-describedby": describedBy(id, { hint, error: messages.length > 0 }), lang };
  return (
    <Field id={id} label={label} hint={hint} required={required} className={className} messages={messages}>
      {multiline ? (
        <textarea key={meta.key} id={id} name={meta.name} defaultValue={textOf(meta.initialValue)} rows={rows} {...aria} />
      ) : (
        <input key={meta.key} id={id} name={meta.name} type="text" defaultValue={textOf(meta.initialValue)} inputMode={inputMode} placeholder={placeholder} autoComplete="off" {...aria} />
      )}
    </Field>
  );
}

export function SelectField({ meta, id, label, hint, required = true, className, options, emptyLabel, onChange }: ControlProps & { options: readonly Option[]; emptyLabel?: string; onChange?: (value: string) => void }) {
  const messages = messagesOf(meta.name, meta.errors);
  return (
    <Field id={id} label={label} hint={hint} required={required} className={className} messages={messages}>
      <select key={meta.key} id={id} name={meta.name} defaultValue={textOf(meta.initialValue)} onChange={onChange && ((e) => onChange(e.currentTarget.value))} aria-invalid={messages.length > 0} aria-describedby={describedBy(id, { hint, error: messages.length > 0 })}>
        {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
            {o.hint ? ` (${o.hint})` : ""}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A list of boxes to tick (forums, cases, rules…); what is ticked comes first, so a long list never hides a choice. */
export function CheckboxGroup({ meta, id, legend, hint, options, scroll, note, empty }: {
  meta: FieldMeta;
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly Option[];
  scroll?: boolean;
  note?: (o: Option) => string | null;
  /** What an empty list says; "None recorded yet." when not given. */
  empty?: string;
}) {
  const t = useTranslations("Forms");
  const messages = messagesOf(meta.name, meta.errors);
  const checked = listOf(meta.initialValue);
  return (
    <fieldset className={`form-field checkbox-group${messages.length ? " has-error" : ""}`} id={id}>
      <legend>
        {legend} <span className="optional">{checked.length ? t("optionalChosen", { count: checked.length }) : t("optional")}</span>
      </legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <ErrorList id={`${id}-error`} messages={messages} />
      {options.length === 0 ? (
        <p className="muted small">{empty ?? t("noneRecorded")}</p>
      ) : (
        <div className={scroll ? "checkbox-list checkbox-scroll" : "checkbox-list"}>
          {[...options.filter((o) => checked.includes(o.value)), ...options.filter((o) => !checked.includes(o.value))].map((o) => {
            const extra = note?.(o);
            return (
              <label key={o.value} className="checkbox">
                <input type="checkbox" name={meta.name} value={o.value} defaultChecked={checked.includes(o.value)} />
                <span>
                  {o.label}
                  {o.hint ? <span className="checkbox-hint"> {o.hint}</span> : null}
                  {extra ? <span className="checkbox-note"> {extra}</span> : null}
                </span>
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}

/**
 * "Nothing was saved", and a link to each refused field (its label and anchor are the form's,
 * given the API's parameter, "sources.0.url"). `errors` is the reply's: "" holds the form's own
 * message, shown when no field is named.
 */
export function ErrorSummary({ errors, labelOf, anchorOf, id = "form-error", title, fieldsIntro, refusal = errors }: {
  errors: Record<string, string[] | null> | undefined | null;
  /** What changes at each refused submit, and only then (the action's reply): the summary takes the focus when it does. */
  refusal?: unknown;
  labelOf: (parameter: string) => string;
  anchorOf: (parameter: string) => string;
  id?: string;
  /** The summary's first words ("Nothing was saved."), and what follows them when fields are named (null: nothing). */
  title?: string;
  fieldsIntro?: string | null;
}) {
  const t = useTranslations("Forms");
  if (!errors) return null;
  const fields = Object.entries(errors).filter((e): e is [string, string[]] => e[0] !== "" && !!e[1]?.length);
  const message = errors[""]?.join(" ");
  if (fields.length === 0 && !message) return null;
  return (
    <FocusedAlert refusal={refusal} className="notice notice-error" id={id}>
      <p>
        <strong>{title ?? t("nothingSaved")}</strong> {fields.length > 0 ? (fieldsIntro === undefined ? t("correctFields") : fieldsIntro) : message}
      </p>
      {fields.length > 0 ? (
        <ul>
          {fields.flatMap(([name, messages]) =>
            messagesOf(name, messages).map((m, i) => (
              <li key={`${name}-${i}`}>
                <a href={`#${anchorOf(parameterOf(name))}`}>{labelOf(parameterOf(name))}</a>: {m}
              </li>
            )),
          )}
        </ul>
      ) : null}
    </FocusedAlert>
  );
}

/**
 * Fields of the GET forms whose URL is the answer ("Which forum?", the coverage matrix). They work
 * without JavaScript. A refused value is reported next to its field, linked from a summary at the
 * top, and the field keeps what the person chose.
 */
import { useLocale, useTranslations } from "next-intl";
import { describedBy } from "@/components/forms/Field";
import { FocusedAlert } from "@/components/forms/FocusedAlert";
import { formatPartialDate, isIsoDate } from "@/lib/core/dates";

export type FieldProblem = { parameter: string; message: string; allowed?: readonly string[] };
/** `lang`: the label's language where it is not the page's (a reference name not yet translated, decision 039). */
export type Option = { value: string; label: string; lang?: string };

export const fieldId = (name: string) => `field-${name}`;

/** What every control carries: its id and name, and the hint and error it is described by. */
function control(name: string, hint: unknown, error: string | undefined) {
  return { id: fieldId(name), name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(fieldId(name), { hint, error: Boolean(error) }) };
}

function FieldError({ name, message }: { name: string; message: string | undefined }) {
  const t = useTranslations("Shared.fields");
  if (!message) return null;
  return (
    <p className="field-error" id={`${fieldId(name)}-error`}>
      <span className="visually-hidden">{t("error")} </span>
      {message}
    </p>
  );
}

/** The frame every field shares: its label (optional or not), hint and error, then the control. */
function Field({
  name,
  label,
  hint,
  error,
  optional = false,
  children,
}: {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  optional?: boolean;
  children: React.ReactNode;
}) {
  const t = useTranslations("Shared.fields");
  return (
    <div className={`query-field${error ? " has-error" : ""}`}>
      <label htmlFor={fieldId(name)}>
        {label}
        {optional ? <span className="field-optional"> {t("optional")}</span> : null}
      </label>
      {hint ? (
        <p className="field-hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError name={name} message={error} />
      {children}
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  options,
  value,
  placeholder,
  error,
}: {
  name: string;
  label: string;
  hint?: React.ReactNode;
  options: readonly Option[];
  value: string;
  /** The empty first choice, if the field may be left empty (or must be chosen). */
  placeholder?: string;
  error?: string;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      <select {...control(name, hint, error)} defaultValue={options.some((o) => o.value === value) ? value : ""}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * A day, typed as the address writes it (YYYY-MM-DD) and said beside it as the page prints dates
 * ("3 December 2026"). Not a browser date picker: it shows the reader's locale (12/03/2026 in
 * en-US), which is not how the page writes the same day, and empties a value it cannot read.
 */
export function DateField({ name, label, hint, value, error }: { name: string; label: string; hint?: React.ReactNode; value: string; error?: string }) {
  const t = useTranslations("Shared.fields");
  const locale = useLocale();
  const day = !error && isIsoDate(value) ? formatPartialDate({ date: value, precision: "DAY" }, locale) : null;
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      <input type="text" inputMode="numeric" placeholder={t("datePlaceholder")} autoComplete="off" spellCheck={false} {...control(name, hint, error)} defaultValue={value} />
      {day ? (
        <span className="field-echo" data-testid={`${name}-in-words`}>
          {day}
        </span>
      ) : null}
    </Field>
  );
}

/**
 * A free-text field, for values a date picker cannot hold: the date of the conduct is a day, a
 * month, a year or a period between two of them. What was sent is kept, refused or not, so the
 * person can correct it.
 */
export function TextField({
  name,
  label,
  hint,
  value,
  error,
  optional = false,
}: {
  name: string;
  label: string;
  hint?: React.ReactNode;
  value: string;
  error?: string;
  optional?: boolean;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error} optional={optional}>
      <input type="text" {...control(name, hint, error)} defaultValue={value} autoComplete="off" spellCheck={false} />
    </Field>
  );
}

/** Every refusal, at the top: field errors link to their field; others (an unknown parameter) say what is allowed. */
export function ErrorSummary({ problems, fields }: { problems: readonly FieldProblem[]; fields: Record<string, string> }) {
  const t = useTranslations("Shared.fields");
  if (problems.length === 0) return null;
  return (
    <FocusedAlert className="notice notice-error error-summary" labelledBy="error-summary-heading">
      <h2 id="error-summary-heading">{t("problems", { count: problems.length })}</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.parameter}-${p.message}`}>
            {fields[p.parameter] ? (
              <a href={`#${fieldId(p.parameter)}`}>
                {fields[p.parameter]}: {p.message}
              </a>
            ) : (
              <>
                <code>{p.parameter}</code>: {p.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </FocusedAlert>
  );
}

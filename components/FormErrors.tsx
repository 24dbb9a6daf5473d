type FieldError = { parameter: string; message: string };

/**
 * How every form (milestone, case, stage, accused, note) shows refusals: the messages of the
 * fields named, without the field name the API puts in front ("title: is required" → "Is
 * required"), beside the field; and a summary above the form linking to each field.
 */
export function messagesFor(errors: readonly FieldError[], ...parameters: string[]): string[] {
  return errors
    .filter((e) => parameters.includes(e.parameter))
    .map((e) => {
      const p = e.parameter;
      const text = e.message.startsWith(`${p}: `) ? e.message.slice(p.length + 2) : e.message.startsWith(`${p} `) ? e.message.slice(p.length + 1) : e.message;
      return text.charAt(0).toUpperCase() + text.slice(1);
    });
}

/** The refusal beside a field (nothing when it has none). */
export function Errors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      {messages.join(" ")}
    </p>
  );
}

/** "Nothing was saved", and a link to each refused field (its label and anchor are the form's). */
export function ErrorSummaryBody({ message, errors, labelOf, anchorOf }: { message: string; errors: readonly FieldError[]; labelOf: (parameter: string) => string; anchorOf: (parameter: string) => string }) {
  return (
    <>
      <p>
        <strong>Nothing was saved.</strong> {errors.length > 0 ? "Correct the fields marked below:" : message}
      </p>
      {errors.length > 0 ? (
        <ul>
          {errors.map((e, i) => (
            <li key={`${e.parameter}-${i}`}>
              <a href={`#${anchorOf(e.parameter)}`}>{labelOf(e.parameter)}</a>: {messagesFor([e], e.parameter)[0]}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

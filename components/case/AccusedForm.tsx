"use client";

import Link from "next/link";
import { useActionState } from "react";
import { saveAccusedAction, type AccusedFormState, type AccusedFormValues } from "@/app/accused/[slug]/actions";
import type { Option } from "@/lib/core/views";
import { messagesFor } from "@/components/FormErrors";

type FieldError = { parameter: string; message: string };


/** The form that changes an accused's own record (every case they are in shows the change). */
export function AccusedForm({ slug, initial, kinds, levels }: { slug: string; initial: AccusedFormValues; kinds: Option[]; levels: Option[] }) {
  const [state, action, pending] = useActionState<AccusedFormState, FormData>(saveAccusedAction, { attempt: 0, message: null, errors: [], values: initial });
  const v = state.values;
  const field = (name: keyof AccusedFormValues) => {
    const messages = messagesFor(state.errors, name);
    return { id: `field-${name}`, messages, className: `form-field${messages.length ? " has-error" : ""}` };
  };
  const text = (name: "name" | "nameUkrainian" | "rank" | "description", label: string, { required = false, hint, multiline = false }: { required?: boolean; hint?: string; multiline?: boolean } = {}) => {
    const f = field(name);
    return (
      <div className={f.className}>
        <label htmlFor={f.id}>
          {label} {required ? null : <span className="optional">(optional)</span>}
        </label>
        {hint ? <p className="field-hint">{hint}</p> : null}
        {f.messages.length ? (
          <p className="field-error" id={`${f.id}-error`}>
            {f.messages.join(" ")}
          </p>
        ) : null}
        {multiline ? (
          <textarea id={f.id} name={name} rows={3} defaultValue={v[name]} aria-invalid={f.messages.length > 0} />
        ) : (
          <input id={f.id} name={name} type="text" defaultValue={v[name]} autoComplete="off" aria-invalid={f.messages.length > 0} />
        )}
      </div>
    );
  };
  const select = (name: "kind" | "level", label: string, options: Option[], emptyLabel: string, hint: string) => {
    const f = field(name);
    return (
      <div className={f.className}>
        <label htmlFor={f.id}>{label}</label>
        <p className="field-hint">{hint}</p>
        {f.messages.length ? (
          <p className="field-error" id={`${f.id}-error`}>
            {f.messages.join(" ")}
          </p>
        ) : null}
        <select id={f.id} name={name} defaultValue={v[name]} aria-invalid={f.messages.length > 0}>
          <option value="">{emptyLabel}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <form action={action} className="milestone-form" key={state.attempt} noValidate>
      {state.message ? (
        <div className="notice notice-error" role="alert" id="form-error">
          <p>
            <strong>Nothing was saved.</strong> {state.errors.length > 0 ? "Correct the fields marked below." : state.message}
          </p>
        </div>
      ) : null}
      <input type="hidden" name="accused" value={slug} />
      <input type="hidden" name="expectedUpdatedAt" value={v.expectedUpdatedAt} />
      <fieldset className="form-section">
        <legend>The accused</legend>
        {text("name", "Name (English)", { required: true })}
        {text("nameUkrainian", "Name in Ukrainian")}
        <div className="form-row">
          {select("kind", "Kind", kinds, "Choose natural or legal person", "A legal person is a company or other entity.")}
          {select("level", "Level of responsibility (optional)", levels, "Not stated", "Natural persons only.")}
        </div>
        {text("rank", "Rank", { hint: "Natural persons only, e.g. Colonel." })}
        {text("description", "Description", { multiline: true })}
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
        <Link href={`/accused/${slug}`}>Cancel</Link>
      </div>
    </form>
  );
}

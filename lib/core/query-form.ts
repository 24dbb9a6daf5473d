/**
 * Helpers for the GET forms whose URL is the shareable answer ("Which forum?", the coverage
 * matrix). A form sends a field left empty as `name=`; the strict parsers refuse an empty value,
 * so the pages drop empty fields first. And a parser's refusal, written for an API client
 * ("Unknown value for \"crime\"…"), is said again next to the field in words for a person.
 */
import type { ParameterError } from "./profile-query";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { localizeMessage } from "./message-texts";

export type RawParams = Record<string, string | string[] | undefined>;

/** The parameters without the fields a form sent empty. */
export function withoutEmpty(params: RawParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    const values = (typeof raw === "string" ? [raw] : raw).filter((v) => v.trim() !== "");
    if (values.length === 1) out[name] = values[0]!;
    else if (values.length > 1) out[name] = values;
  }
  return out;
}

export function hasEmpty(params: RawParams): boolean {
  return Object.values(params).some((raw) => raw !== undefined && (typeof raw === "string" ? [raw] : raw).some((v) => v.trim() === ""));
}

/** A query string in a stable order: the form's fields first, in the form's order, then the rest. */
export function toQueryString(params: Record<string, string | string[]>, order: readonly string[] = []): string {
  const search = new URLSearchParams();
  const names = [...order.filter((n) => n in params), ...Object.keys(params).filter((n) => !order.includes(n))];
  for (const name of names) {
    const raw = params[name]!;
    for (const value of typeof raw === "string" ? [raw] : raw) search.append(name, value);
  }
  return search.toString();
}

/**
 * Where a page sends a GET form's answer that carries empty fields: its address without them (the
 * form's fields first, in `order`), `pinned` values added where the form left them out (the date,
 * so that a shared link gives the same answer tomorrow), or null when no field was empty.
 * `pinIfEmpty: false` leaves a form sent wholly empty at the bare page.
 */
export function addressWithoutEmpty(path: string, params: RawParams, order: readonly string[], pinned: Record<string, string> = {}, { pinIfEmpty = true } = {}): string | null {
  if (!hasEmpty(params)) return null;
  const clean = withoutEmpty(params);
  const kept = pinIfEmpty || Object.keys(clean).length > 0 ? { ...pinned, ...clean } : clean;
  const query = toQueryString(kept, order);
  return query ? `${path}?${query}` : path;
}

/** The one value a form field shows: the value given, or the first of several. */
export function fieldValue(params: RawParams, name: string): string {
  const raw = params[name];
  if (raw === undefined) return "";
  return (typeof raw === "string" ? raw : (raw[0] ?? "")).trim();
}

export type FieldLabels = Record<string, { label: string; noun: string }>;

/**
 * The fields of a question about a case profile, in the order "Which forum?" shows them; the
 * coverage matrix asks four of them (pick them in its own order).
 */
export const PROFILE_FIELDS = {
  crime: { label: "Crime", noun: "a crime" },
  accused: { label: "Kind of accused", noun: "a kind of accused" },
  level: { label: "Level of responsibility", noun: "a level of responsibility" },
  mode: { label: "Mode of liability", noun: "a mode of liability" },
  situation: { label: "Situation", noun: "a situation" },
  conduct: { label: "Date of the conduct", noun: "a date of conduct" },
  asOf: { label: "As of", noun: "a date" },
} satisfies FieldLabels;

/**
 * A question's refusals as its form shows them: every one said for a person, in the form's field
 * order (the error summary), and the first of each field (beside the field), in the reader's
 * language (`locale`; lib/core/message-texts.ts).
 */
export function formRefusals(errors: readonly ParameterError[], params: RawParams, labels: FieldLabels, locale: Locale = DEFAULT_LOCALE): { problems: ParameterError[]; byField: Record<string, string> } {
  const problems = inFieldOrder(errors, labels).map((e) => ({ ...e, message: localizeMessage(fieldMessage(e, params, labels), locale) }));
  const byField: Record<string, string> = {};
  for (const p of problems) if (labels[p.parameter] && !byField[p.parameter]) byField[p.parameter] = p.message;
  return { problems, byField };
}

/** The fields' labels by parameter, as the error summary links them. */
export const labelsOf = (labels: FieldLabels): Record<string, string> => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v.label]));

/** Refusals in the order of the form's fields, then any about parameters the form does not have. */
export function inFieldOrder<T extends { parameter: string }>(errors: readonly T[], labels: FieldLabels): T[] {
  const order = Object.keys(labels);
  const rank = (e: T) => (order.includes(e.parameter) ? order.indexOf(e.parameter) : order.length);
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

/**
 * The refusal of one parameter, said for a person filling in the form. `params` is what the form
 * sent (empty fields dropped); the parser's own message is the fallback.
 */
export function fieldMessage(error: ParameterError, params: RawParams, labels: FieldLabels): string {
  const field = labels[error.parameter];
  const raw = params[error.parameter];
  if (!field) {
    // A parameter the form has no field for: a mistyped or hand-edited address.
    return error.allowed?.includes(error.parameter) === false
      ? `“${error.parameter}” is not part of the question, so the address cannot be answered as it stands. Remove it from the address, or start again.`
      : error.message;
  }
  if (Array.isArray(raw) && raw.length > 1) {
    return `The address gives ${field.noun} ${raw.length} times (${raw.join(", ")}); choose one.`;
  }
  const value = typeof raw === "string" ? raw.trim() : undefined;
  if (error.parameter === "level" && value !== undefined && fieldValue(params, "accused") === "legal") {
    return "A level of responsibility does not apply to a legal person (a company). Choose “Not applicable”, or choose a natural person.";
  }
  if (error.parameter === "conduct" && value !== undefined) return conductFieldMessage(value, error.message);
  if (value === undefined) return `Choose ${field.noun}.`;
  if (error.parameter === "asOf") return `“${value}” is not a calendar date. Enter a date written YYYY-MM-DD, for example 2025-06-24.`;
  if (error.allowed && !error.allowed.includes(value)) return `“${value}” is not one of the recorded choices. Choose ${field.noun} from the list.`;
  return error.message;
}

/**
 * The conduct parser's refusal (lib/core/conduct.ts), said for a person: which of its three
 * refusals it is, read from its message, and what to write instead. `latest` names the day the
 * conduct cannot begin after, as the page calls it.
 */
export function conductFieldMessage(
  value: string,
  message: string,
  latest: { day: string; remedy: string } = { day: "the “As of” date", remedy: "Move “As of” later, or the conduct earlier." },
): string {
  if (message.includes("begins after")) {
    return `The conduct (“${value}”) begins after ${latest.day}: the law in force on a day cannot reach conduct that had not yet happened. ${latest.remedy}`;
  }
  if (message.includes("before it begins")) return `“${value}” ends before it begins. Write the earlier date first, FROM/TO: for example 2022-02-24/2023-03-09.`;
  return `“${value}” is not a date of conduct. Write a day, a month or a year (2022-03-15, 2022-03 or 2022), or a period FROM/TO (2022-02-24/2023-03-09).`;
}

/**
 * Reading a posted form with Conform (`parseWithZod`) and the same zod schema as the API, so a
 * form and a JSON client are told the same thing in the same words.
 *
 * What Conform does not know about our forms, and this adds:
 * - Row lists (sources, accused, charges) show spare empty rows and a "remove" box per row. A row
 *   left empty or ticked "remove" is dropped and the rest renumbered before parsing, so an error
 *   on `sources[1].url` names the second row the form shows again after the refusal.
 * - Only the schema's own fields are read: the record being edited (`milestone`, `case`), the
 *   pressed button and similar plumbing never reach the strict schema as "unknown fields".
 */
import type { SubmissionResult } from "@conform-to/dom";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { MilestoneConflict } from "@/lib/core/milestone-merge";

export type FormRows = readonly string[];

const ROW_FIELD = /^([A-Za-z]+)\[(\d+)\]\.(.+)$/;
/** Conform's own control field (add a row, remove a row) travels under this name. */
const INTENT = "__intent__";

/**
 * The form's entries with the rows of `rows` that are empty or ticked "remove" left out and the
 * rest renumbered from 0, and with only the fields `keep` names (and Conform's intent).
 */
export function filledRows(form: FormData, { rows, keep }: { rows: FormRows; keep: ReadonlySet<string> }): FormData {
  const seen = new Map<string, { filled: boolean; removed: boolean }>();
  const rowOf = (name: string) => {
    const m = ROW_FIELD.exec(name);
    return m && rows.includes(m[1]!) ? { list: m[1]!, index: Number(m[2]), part: m[3]! } : null;
  };
  for (const [name, value] of form) {
    const row = rowOf(name);
    if (!row) continue;
    const id = `${row.list}:${row.index}`;
    const state = seen.get(id) ?? { filled: false, removed: false };
    seen.set(id, state);
    if (row.part === "remove") state.removed = true;
    // A row's `key` is a hidden name for charges to refer to it: it does not make the row filled.
    else if (row.part !== "key" && typeof value === "string" && value.trim() !== "") state.filled = true;
  }
  const renumbered = new Map<string, number>();
  for (const list of rows) {
    const kept = [...seen]
      .filter(([id, s]) => id.startsWith(`${list}:`) && s.filled && !s.removed)
      .map(([id]) => Number(id.slice(list.length + 1)))
      .sort((a, b) => a - b);
    kept.forEach((old, i) => renumbered.set(`${list}:${old}`, i));
  }
  const out = new FormData();
  for (const [name, value] of form) {
    const row = rowOf(name);
    if (row) {
      const to = renumbered.get(`${row.list}:${row.index}`);
      if (to !== undefined && row.part !== "remove") out.append(`${row.list}[${to}].${row.part}`, value);
      continue;
    }
    if (name === INTENT || keep.has(name.split(/[.[]/, 1)[0]!)) out.append(name, value);
  }
  return out;
}

/** The top-level fields of an object schema (refinements included). */
export function fieldsOf(schema: z.ZodType): ReadonlySet<string> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return new Set(shape ? Object.keys(shape) : []);
}

/**
 * Parses a posted form with its schema: rows cleaned as above, then Conform's `parseWithZod`
 * (which reads `a[0].b` names into nested values, turns "" into "left out", "on" into true, "3"
 * into 3, and a single ticked box into a list). `prepare` adapts the cleaned form where a form
 * names things differently from the API (the case form's accused rows).
 */
export function parseForm<Schema extends z.ZodType>(form: FormData, schema: Schema, { rows = [], prepare = (f) => f }: { rows?: FormRows; prepare?: (form: FormData) => FormData } = {}) {
  return parseWithZod(prepare(filledRows(form, { rows, keep: fieldsOf(schema) })), { schema });
}

/** "sources.0.title" (the API's parameter) as the form's field name, "sources[0].title". */
export function fieldNameOf(parameter: string): string {
  return parameter.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

/** "sources[0].title" (a form's field name) as the API names the parameter, "sources.0.title". */
export function parameterOf(name: string): string {
  return name.replace(/\[(\d+)\]/g, ".$1");
}

/**
 * What a form's server action answers: Conform's reply (the values sent, the errors by field,
 * "" for the form's own message) with the number of the attempt (the form re-mounts on each,
 * showing what was sent) and, on a refusal, its code (a form may say more about a CONFLICT).
 */
export type FormReply = SubmissionResult<string[]> & { attempt: number; code?: string };

/** A form's server action, as its page passes it to the form. */
export type FormAction = (previous: FormReply | undefined, form: FormData) => Promise<FormReply>;

/** What the milestone form's action answers: a form's reply, with the two versions of a stale save. */
export type MilestoneFormReply = FormReply & { conflict?: MilestoneConflict | null };

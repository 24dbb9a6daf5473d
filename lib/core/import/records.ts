/**
 * From what a file holds to checked inputs (docs/decisions/015-import.md). Pure.
 *
 * A CSV file is first turned into the JSON shape (one object per record: a case gathers its
 * consecutive rows), so that both formats are checked by one path, with the forms' own zod schemas
 * (caseInputSchema, milestoneInputSchema). Every problem names the column it is in: the CSV header
 * (with the line, for a case of several rows) or the JSON field path (`charges[1].crime`).
 *
 * References to other records (a case's sources and milestones, a milestone's cases and sources,
 * a charge's accused) are external ids or slugs; the schemas see stand-in slugs for them and the
 * server resolves the real ones.
 */
import { z } from "zod";
import { caseInputSchema, type CaseInput } from "../case-input";
import { CASE_STAGES } from "../stage-machine";
import { isWebUrl, optionalText, text } from "../input-fields";
import { MILESTONE_TEXT_FIELDS, milestoneInputSchema, type MilestoneInput, type MilestoneTextField } from "../milestone-input";
import { DEFAULT_LOCALE, LOCALES } from "../locales";
import { TRANSLATABLE } from "../translations";
import { parsePartialDate, type PartialDate } from "../dates";
import { IMPORT_COLUMNS, normaliseHeader } from "./columns";
import { ImportFileError, type ImportKind, type ImportProblem } from "./types";

type Path = readonly PropertyKey[];

/** A record as read, in the JSON shape, before it is checked. */
export type RawRecord = {
  line: number;
  lastLine: number;
  value: unknown;
  /** The column (CSV) or field path (JSON) a problem at `path` of the JSON shape is in. */
  columnOf: (path: Path) => string;
  /** Problems found while reading (a CSV cell that is not yes/no, rows of a case that disagree). */
  problems: ImportProblem[];
  /**
   * The fields the file gives ("summary", "charges.description", "accused.rank"): a CSV's columns,
   * a JSON record's keys. On a record imported before, a field the file does not give keeps its
   * value: a narrower file must never wipe what it does not mention.
   */
  present: ReadonlySet<string>;
};

/** Every field path a JSON value gives: its keys, and the keys of the objects in its lists and in `stage`. */
function presentIn(value: unknown): Set<string> {
  const present = new Set<string>();
  if (typeof value !== "object" || value === null || Array.isArray(value)) return present;
  for (const [key, v] of Object.entries(value)) {
    present.add(key);
    const children = Array.isArray(v) ? v : key === "stage" && v && typeof v === "object" ? [v] : [];
    for (const child of children) {
      if (child && typeof child === "object" && !Array.isArray(child)) for (const k of Object.keys(child)) present.add(`${key}.${k}`);
    }
  }
  return present;
}

/** The fields a header gives, by the JSON path each column fills. */
function presentColumns(header: CsvHeader, columns: Record<string, string>): Set<string> {
  const present = new Set<string>();
  for (const [column, field] of Object.entries(columns)) if (header.index.has(column)) present.add(field);
  return present;
}

const CASE_PRESENCE: Record<string, string> = {
  reference: "reference",
  summary: "summary",
  is_synthetic: "isSynthetic",
  milestones: "milestones",
  source: "sources",
  source_locator: "sources.locator",
  in_absentia: "stage.inAbsentia",
  stage_note: "stage.note",
  accused_name: "accused.name",
  accused_name_uk: "accused.nameUkrainian",
  accused_kind: "accused.kind",
  accused_rank: "accused.rank",
  accused_level: "accused.level",
  accused_description: "accused.description",
  aliases: "accused.aliases",
  provision: "charges.provision",
  charge_description: "charges.description",
  knowledge_standard: "charges.knowledgeStandard",
  failed_duties: "charges.failedDuties",
  lang: "lang",
};

// ---------------------------------------------------------------------------------------------
// JSON

/** `charges[1].crime`: a JSON path as a reader writes it. */
export function jsonPath(path: Path): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `${out ? "." : ""}${String(part)}`;
  return out || "(the record)";
}

export function jsonRecord(value: unknown, line: number, lastLine: number): RawRecord {
  return { line, lastLine, value, columnOf: jsonPath, problems: [], present: presentIn(value) };
}

// ---------------------------------------------------------------------------------------------
// CSV

export type CsvHeader = { names: string[]; index: Map<string, number> };

/** Reads a kind's header row; unknown, repeated or missing required columns refuse the file. */
export function csvHeader(kind: ImportKind, fields: readonly string[]): CsvHeader {
  const known = IMPORT_COLUMNS[kind];
  const names = fields.map(normaliseHeader);
  const index = new Map<string, number>();
  const unknown: string[] = [];
  names.forEach((name, i) => {
    if (name === "" && fields.length > 1 && i === fields.length - 1) return; // a trailing comma
    if (!known.some((c) => c.name === name)) unknown.push(fields[i]!.trim() || `(empty, column ${i + 1})`);
    else if (index.has(name)) throw new ImportFileError(`the column "${name}" appears twice in the header.`, 1);
    else index.set(name, i);
  });
  const all = known.map((c) => c.name).join(", ");
  if (unknown.length > 0) {
    throw new ImportFileError(`the header has ${unknown.length === 1 ? "a column" : "columns"} this import does not know: ${unknown.map((u) => `"${u}"`).join(", ")}. The columns for ${kind} are: ${all}.`, 1);
  }
  const missing = known.filter((c) => c.required && !index.has(c.name)).map((c) => c.name);
  if (missing.length > 0) throw new ImportFileError(`the header lacks the required ${missing.length === 1 ? "column" : "columns"} ${missing.join(", ")}. The columns for ${kind} are: ${all}.`, 1);
  return { names, index };
}

export type CsvRow = { line: number; lastLine: number; fields: readonly string[] };

const cellOf = (header: CsvHeader, row: CsvRow) => (name: string) => {
  const i = header.index.get(name);
  return i === undefined ? "" : (row.fields[i] ?? "").trim();
};
const orNull = (v: string) => (v === "" ? null : v);
const list = (v: string) => (v === "" ? [] : v.split(";").map((s) => s.trim()).filter((s) => s !== ""));

function yesNo(value: string, column: string, problems: ImportProblem[]): boolean {
  const v = value.toLowerCase();
  if (["", "no", "false", "0", "n"].includes(v)) return false;
  if (["yes", "true", "1", "y"].includes(v)) return true;
  problems.push({ column, message: `must be yes or no; it is "${value}".` });
  return false;
}

/** CSV paths to columns: which column a field of the JSON shape came from. */
const CASE_FIELD_COLUMNS: Record<string, string> = {
  externalId: "external_id",
  reference: "reference",
  title: "title",
  summary: "summary",
  forum: "forum",
  situation: "situation",
  isSynthetic: "is_synthetic",
  milestones: "milestones",
  lang: "lang",
};
const STAGE_COLUMNS: Record<string, string> = { stage: "stage", date: "stage_date", inAbsentia: "in_absentia", note: "stage_note" };
const ACCUSED_COLUMNS: Record<string, string> = {
  externalId: "accused_id",
  name: "accused_name",
  nameUkrainian: "accused_name_uk",
  kind: "accused_kind",
  rank: "accused_rank",
  level: "accused_level",
  description: "accused_description",
  aliases: "aliases",
};
const CHARGE_COLUMNS: Record<string, string> = {
  accused: "accused_id",
  crime: "crime",
  mode: "mode",
  provisionCited: "provision_cited",
  provision: "provision",
  description: "charge_description",
  knowledgeStandard: "knowledge_standard",
  failedDuties: "failed_duties",
};
const MILESTONE_FIELD_COLUMNS: Record<string, string> = {
  externalId: "external_id",
  date: "date",
  title: "title",
  description: "description",
  whatChanged: "what_changed",
  status: "status",
  track: "track",
  type: "type",
  situation: "situation",
  forums: "forums",
  instruments: "instruments",
  cases: "cases",
  sources: "sources",
  lang: "lang",
};
/**
 * A record's texts in another language (decision 042): one column per text and language,
 * `title_uk` for a milestone or case written in English, `title_en` for one written in Ukrainian.
 */
type CaseTextField = (typeof TRANSLATABLE.Case)[number];
const TRANSLATION_COLUMNS: Record<MilestoneTextField | CaseTextField, string> = { title: "title", description: "description", whatChanged: "what_changed", summary: "summary" };
export const translationColumn = (field: MilestoneTextField | CaseTextField, locale: string) => `${TRANSLATION_COLUMNS[field]}_${locale}`;
const translationFieldColumns = (fields: readonly (MilestoneTextField | CaseTextField)[]): Record<string, string> =>
  Object.fromEntries(LOCALES.flatMap((l) => fields.map((f) => [`translations.${l}.${f}`, translationColumn(f, l)])));
const TRANSLATION_FIELD_COLUMNS = translationFieldColumns(MILESTONE_TEXT_FIELDS);
const CASE_TRANSLATION_FIELD_COLUMNS = translationFieldColumns(TRANSLATABLE.Case);

/** The texts in other languages a row gives: only the columns the file has (a column left out keeps the text, an empty cell removes it). */
function givenTranslations(header: CsvHeader, cell: (name: string) => string, fields: readonly (MilestoneTextField | CaseTextField)[]): Record<string, Record<string, string | null>> {
  return Object.fromEntries(
    LOCALES.flatMap((l) => {
      const given = fields.filter((f) => header.index.has(translationColumn(f, l)));
      return given.length === 0 ? [] : [[l, Object.fromEntries(given.map((f) => [f, orNull(cell(translationColumn(f, l)))]))]];
    }),
  );
}
const SOURCE_FIELD_COLUMNS: Record<string, string> = {
  externalId: "external_id",
  kind: "kind",
  title: "title",
  publisher: "publisher",
  authors: "authors",
  url: "url",
  publishedOn: "published_on",
  note: "note",
};

/** A milestone's per-source cells, by the field of a source entry each gives. */
const SOURCE_CELL_COLUMNS: Record<string, string> = { locator: "source_locators", document: "source_documents", page: "source_pages" };

/** One CSV row of milestones or sources: one record. */
export function csvRowRecord(kind: "milestones" | "sources", header: CsvHeader, row: CsvRow): RawRecord {
  const cell = cellOf(header, row);
  const problems: ImportProblem[] = [];
  if (kind === "sources") {
    const value = {
      externalId: cell("external_id"),
      kind: orNull(cell("kind")),
      title: cell("title"),
      publisher: orNull(cell("publisher")),
      authors: orNull(cell("authors")),
      url: orNull(cell("url")),
      publishedOn: orNull(cell("published_on")),
      note: orNull(cell("note")),
    };
    const present = presentColumns(header, Object.fromEntries(Object.entries(SOURCE_FIELD_COLUMNS).map(([field, column]) => [column, field])));
    return { line: row.line, lastLine: row.lastLine, value, problems, present, columnOf: (path) => SOURCE_FIELD_COLUMNS[String(path[0])] ?? String(path[0]) };
  }
  const sources = list(cell("sources"));
  // One cell per source, in the sources' order: the locators, and a passage's document and page.
  const perSource = (column: string, tooMany: (given: number, count: number, sources: string) => string) => {
    const given = cell(column);
    const values = given === "" ? [] : given.split(";").map((s) => s.trim());
    if (values.length > sources.length) problems.push({ column, message: tooMany(values.length, sources.length, sources.length === 1 ? "source" : "sources") });
    return values;
  };
  const locators = perSource("source_locators", (n, count, of) => `gives ${n} locators for ${count} ${of}: give one per source, in the same order.`);
  const documents = header.index.has("source_documents") ? perSource("source_documents", (n, count, of) => `gives ${n} documents for ${count} ${of}: give one per source, in the same order.`) : null;
  const pages = header.index.has("source_pages") ? perSource("source_pages", (n, count, of) => `gives ${n} pages for ${count} ${of}: give one per source, in the same order.`) : null;
  // The document and page only from a file that has their columns: one without them keeps those held.
  const cited = (i: number) => ({
    ...(documents ? { document: orNull(documents[i] ?? "") } : {}),
    ...(pages ? { page: orNull(pages[i] ?? "") } : {}),
  });
  const value = {
    externalId: cell("external_id"),
    date: cell("date"),
    title: cell("title"),
    description: cell("description"),
    whatChanged: orNull(cell("what_changed")),
    // Left out (no column, or an empty cell): the schema reads it as happened.
    status: cell("status") || undefined,
    track: cell("track"),
    type: cell("type"),
    situation: orNull(cell("situation")),
    forums: list(cell("forums")),
    instruments: list(cell("instruments")),
    cases: list(cell("cases")),
    sources: sources.map((source, i) => ({ source, locator: orNull(locators[i] ?? ""), ...cited(i) })),
    // Left out (no column, or an empty cell): the milestone's language as it is (English for a new one).
    lang: cell("lang") || undefined,
    // Only the columns the file has: a column left out keeps the text, an empty cell removes it.
    translations: givenTranslations(header, cell, MILESTONE_TEXT_FIELDS),
  };
  const columnOf = (path: Path) => {
    if (path[0] === "sources" && typeof path[2] === "string" && SOURCE_CELL_COLUMNS[path[2]]) return SOURCE_CELL_COLUMNS[path[2]]!;
    if (path[0] === "translations") return TRANSLATION_FIELD_COLUMNS[path.slice(0, 3).join(".")] ?? "translations";
    return MILESTONE_FIELD_COLUMNS[String(path[0])] ?? String(path[0]);
  };
  const present = presentColumns(header, {
    ...Object.fromEntries(Object.entries(MILESTONE_FIELD_COLUMNS).map(([field, column]) => [column, field])),
    ...Object.fromEntries(Object.entries(TRANSLATION_FIELD_COLUMNS).map(([field, column]) => [column, field])),
    source_locators: "sources.locator",
    source_documents: "sources.document",
    source_pages: "sources.page",
  });
  // An empty language cell keeps the milestone's language, as a column left out does (and as the case import reads it).
  if (cell("lang") === "") present.delete("lang");
  return { line: row.line, lastLine: row.lastLine, value, problems, present, columnOf };
}

const CHARGE_CELLS = ["crime", "mode", "provision_cited", "provision", "charge_description", "knowledge_standard", "failed_duties"];
const CASE_CELLS = ["reference", "title", "summary", "forum", "situation", "stage", "stage_date", "in_absentia", "stage_note", "is_synthetic", "milestones", "lang", ...Object.values(CASE_TRANSLATION_FIELD_COLUMNS)];
const ACCUSED_CELLS = ["accused_name", "accused_name_uk", "accused_kind", "accused_rank", "accused_level", "accused_description", "aliases"];

/**
 * The rows of one case (consecutive rows with the same external_id) as one record. The case's own
 * columns are read from its first row; later rows leave them empty or repeat them. Each row names
 * an accused (described in full the first time), and may add a charge and a source.
 */
export function csvCaseRecord(header: CsvHeader, rows: readonly CsvRow[]): RawRecord {
  const first = rows[0]!;
  const cell = cellOf(header, first);
  const problems: ImportProblem[] = [];
  const multi = rows.length > 1;
  const at = (column: string, line: number) => (multi ? `${column} (line ${line})` : column);

  for (const row of rows.slice(1)) {
    const later = cellOf(header, row);
    for (const column of CASE_CELLS) {
      if (later(column) !== "" && later(column) !== cell(column)) {
        problems.push({ column: at(column, row.line), message: `differs from the case's first row (line ${first.line}): leave it empty on the case's later rows, or repeat it exactly.` });
      }
    }
  }

  const accused: Record<string, unknown>[] = [];
  const accusedLines: number[] = [];
  const accusedFirstLine = new Map<string, number>();
  const charges: Record<string, unknown>[] = [];
  const chargeLines: number[] = [];
  const sources: Record<string, unknown>[] = [];
  const sourceLines: number[] = [];
  const sourceFirstLine = new Map<string, number>();

  for (const row of rows) {
    const c = cellOf(header, row);
    const id = c("accused_id");
    if (id === "") {
      if (ACCUSED_CELLS.some((column) => c(column) !== "")) problems.push({ column: at("accused_id", row.line), message: "is required: your id for the accused this row describes." });
    } else if (!accusedFirstLine.has(id)) {
      accusedFirstLine.set(id, row.line);
      accused.push({
        externalId: id,
        name: c("accused_name"),
        nameUkrainian: orNull(c("accused_name_uk")),
        kind: orNull(c("accused_kind")),
        rank: orNull(c("accused_rank")),
        level: orNull(c("accused_level")),
        description: orNull(c("accused_description")),
        ...(c("aliases") === "" ? {} : { aliases: c("aliases").split("|").map((a) => a.trim()).filter((a) => a !== "") }),
      });
      accusedLines.push(row.line);
    } else {
      const firstLine = accusedFirstLine.get(id)!;
      const described = cellOf(header, rows.find((r) => r.line === firstLine)!);
      for (const column of ACCUSED_CELLS) {
        if (c(column) !== "" && c(column) !== described(column)) {
          problems.push({ column: at(column, row.line), message: `differs from the accused "${id}" as line ${firstLine} describes them: leave it empty, or repeat it exactly.` });
        }
      }
    }
    if (CHARGE_CELLS.some((column) => c(column) !== "")) {
      charges.push({
        accused: orNull(id),
        crime: c("crime"),
        mode: c("mode"),
        provisionCited: c("provision_cited"),
        provision: orNull(c("provision")),
        description: orNull(c("charge_description")),
        knowledgeStandard: orNull(c("knowledge_standard")),
        failedDuties: list(c("failed_duties")),
      });
      chargeLines.push(row.line);
    }
    const source = c("source");
    if (source !== "") {
      const seen = sourceFirstLine.get(source);
      if (seen === undefined) {
        sourceFirstLine.set(source, row.line);
        sources.push({ source, locator: orNull(c("source_locator")) });
        sourceLines.push(row.line);
      } else if (c("source_locator") !== "" && c("source_locator") !== (sources[sourceLines.indexOf(seen)]!.locator ?? "")) {
        const earlier = sources[sourceLines.indexOf(seen)]!.locator;
        problems.push({
          column: at("source_locator", row.line),
          message: `gives the source "${source}" a locator, but line ${seen} gives it ${earlier ? "another" : "none"}: give each source once, with the passages in one locator.`,
        });
      }
    } else if (c("source_locator") !== "") {
      problems.push({ column: at("source_locator", row.line), message: "gives a locator without a source: fill in the source column too." });
    }
  }

  const value = {
    externalId: cell("external_id"),
    reference: orNull(cell("reference")),
    title: cell("title"),
    summary: orNull(cell("summary")),
    forum: cell("forum"),
    situation: cell("situation"),
    stage: { stage: cell("stage"), date: cell("stage_date"), inAbsentia: yesNo(cell("in_absentia"), "in_absentia", problems), note: orNull(cell("stage_note")) },
    isSynthetic: yesNo(cell("is_synthetic"), "is_synthetic", problems),
    milestones: list(cell("milestones")),
    // Left out (no column, or an empty cell): the case's language as it is (English for a new one).
    lang: cell("lang") || undefined,
    // The title and summary in the other language (decision 042), from the columns the file has.
    translations: givenTranslations(header, cell, TRANSLATABLE.Case),
    accused,
    charges,
    sources,
  };

  const columnOf = (path: Path): string => {
    const [head, index, field] = path;
    if (head === "stage") return STAGE_COLUMNS[String(index)] ?? "stage";
    if (head === "accused") {
      if (typeof index !== "number") return at("accused_id", first.line);
      return at(ACCUSED_COLUMNS[String(field)] ?? "accused_id", accusedLines[index] ?? first.line);
    }
    if (head === "charges") {
      if (typeof index !== "number") return at("crime", first.line);
      return at(CHARGE_COLUMNS[String(field)] ?? "crime", chargeLines[index] ?? first.line);
    }
    if (head === "sources") {
      if (typeof index !== "number") return at("source", first.line);
      return at(field === "locator" ? "source_locator" : "source", sourceLines[index] ?? first.line);
    }
    if (head === "translations") return CASE_TRANSLATION_FIELD_COLUMNS[path.slice(0, 3).join(".")] ?? "translations";
    return CASE_FIELD_COLUMNS[String(head)] ?? String(head);
  };
  const present = presentColumns(header, { ...CASE_PRESENCE, ...Object.fromEntries(Object.entries(CASE_TRANSLATION_FIELD_COLUMNS).map(([field, column]) => [column, field])) });
  // An empty language cell keeps the case's language, as a column left out does.
  if (cell("lang") === "") present.delete("lang");
  return { line: first.line, lastLine: rows.at(-1)!.lastLine, value, problems, present, columnOf };
}

// ---------------------------------------------------------------------------------------------
// Checking a record: the forms' schemas, with references set aside for the server.

export const externalIdSchema = z
  .string({ message: "is required: your id for this record, the same each time you import it" })
  .trim()
  .min(1, { message: "is required: your id for this record, the same each time you import it" })
  .max(200, { message: "must be at most 200 characters" })
  .regex(/^[^\u0000-\u001f\u007f]*$/, { message: "must not hold control characters" });

/** Where a checked record came from, for the server: its first line, and the fields the file gives. */
type Origin = { line: number; present: ReadonlySet<string> };

export type CheckedCase = Origin & {
  externalId: string;
  /** The case as the forms' schema read it; accused keys and source slugs are stand-ins (below). */
  input: CaseInput;
  /**
   * The external id of each accused of `input.accused`, in order. An accused described in the
   * record is a new-accused entry keyed `accused-N`; one given by id alone is an existing-accused
   * entry with the stand-in slug `accused-ref-N`, for the server to find by external id.
   */
  accusedExternalIds: string[];
  /** The reference (external id or slug) of each of `input.sources`, in order. */
  sourceRefs: string[];
  milestoneRefs: string[];
};

export type CheckedMilestone = Origin & {
  externalId: string;
  input: MilestoneInput;
  /** The texts in other languages as the file gives them (a text it leaves out keeps its value on an update). */
  givenTranslations: unknown;
  caseRefs: string[];
  sourceRefs: string[];
};

export const SOURCE_KINDS = ["official", "other", "synthetic"] as const;
export const sourceImportSchema = z
  .object({
    externalId: externalIdSchema,
    kind: z
      .string({ message: "must be text" })
      .trim()
      .toLowerCase()
      .nullish()
      .transform((v) => v || "other")
      .pipe(z.enum(SOURCE_KINDS, { message: 'must be "official", "other" or "synthetic"' }))
      .transform((v) => v.toUpperCase() as "OFFICIAL" | "OTHER" | "SYNTHETIC"),
    title: text(500),
    publisher: optionalText(300),
    authors: optionalText(500),
    url: optionalText(2000).refine((v) => v === null || isWebUrl(v), { message: "must be a web address starting with http:// or https://" }),
    publishedOn: z
      .string({ message: "must be a date written YYYY-MM-DD, YYYY-MM or YYYY" })
      .nullish()
      .transform((v, ctx): PartialDate | null => {
        const value = v?.trim() ?? "";
        if (value === "") return null;
        const parsed = parsePartialDate(value);
        if (!parsed) ctx.addIssue({ code: "custom", message: `must be a real date written YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year); it is "${value}"` });
        return parsed;
      }),
    note: optionalText(4000),
  })
  .strict();
export type CheckedSource = z.infer<typeof sourceImportSchema> & Origin;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };

const pick = (v: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in v).map((k) => [k, v[k]]));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const objects = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** A NUL character (U+0000) anywhere in the record: PostgreSQL cannot store it, so it is refused, naming where. */
function nulProblems(value: unknown, record: RawRecord, path: PropertyKey[] = []): ImportProblem[] {
  if (typeof value === "string") {
    return value.includes("\u0000") ? [{ column: record.columnOf(path), message: "contains a NUL character (U+0000), which cannot be stored: remove it (most editors do not show it)." }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => nulProblems(v, record, [...path, i]));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => nulProblems(v, record, [...path, k]));
  return [];
}

function unknownFields(value: Record<string, unknown>, allowed: readonly string[], path: Path, record: RawRecord, problems: ImportProblem[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push({ column: record.columnOf([...path, key]), message: `is not a field of this import (the fields are: ${allowed.join(", ")}).` });
  }
}

function zodProblems(error: z.ZodError, record: RawRecord, mapPath: (path: Path) => Path = (p) => p): ImportProblem[] {
  return error.issues.map((issue) => ({ column: record.columnOf(mapPath(issue.path)), message: issue.message.endsWith(".") ? issue.message : `${issue.message}.` }));
}

/**
 * A record's sources (`[{ source, locator }]`): the form schema's entries, with stand-in slugs
 * (`source-1`…) it accepts, and the references (external ids or slugs) for the server to resolve.
 */
function sourceEntries(value: unknown, record: RawRecord, problems: ImportProblem[], keys: readonly string[] = REF_KEYS): { sources: unknown[]; sourceRefs: string[] } {
  const sourceRefs: string[] = [];
  const sources = objects(value).map((s, i) => {
    if (!isObject(s)) return s;
    unknownFields(s, keys, ["sources", i], record, problems);
    const ref = str(s.source);
    if (ref === "") problems.push({ column: record.columnOf(["sources", i, "source"]), message: "is required: the source's external id or slug." });
    else if (sourceRefs.includes(ref)) problems.push({ column: record.columnOf(["sources", i, "source"]), message: `lists the source "${ref}" twice.` });
    sourceRefs.push(ref);
    // A milestone's passage may name a document attached to the source, and its page (checked by the schema, then the server).
    const cited = keys.includes("document") ? { ...(s.document === undefined ? {} : { document: s.document }), ...(s.page === undefined ? {} : { page: s.page }) } : {};
    return { slug: `source-${i + 1}`, locator: s.locator, ...cited };
  });
  return { sources, sourceRefs };
}

/** A record another record names by its external id or slug, and where it names it. */
export type NamedRecord = { model: "source" | "case" | "milestone"; ref: string; path: (string | number)[] };

/**
 * The records a record names, read from it as given, whether or not it passes the check: a record
 * refused for its fields is still told which of the records it names do not exist, in the same round.
 */
export function namedRecords(kind: ImportKind, record: RawRecord): NamedRecord[] {
  const v = record.value;
  if (!isObject(v) || kind === "sources") return [];
  const named: NamedRecord[] = [];
  // A reference with a NUL character is refused as such, and never sent to the database.
  const name = (model: NamedRecord["model"], ref: unknown, path: NamedRecord["path"]) => {
    if (str(ref) !== "" && !str(ref).includes("\u0000")) named.push({ model, ref: str(ref), path });
  };
  objects(v.sources).forEach((s, i) => isObject(s) && name("source", s.source, ["sources", i, "source"]));
  const list = kind === "cases" ? "milestones" : "cases";
  objects(v[list]).forEach((ref, i) => name(kind === "cases" ? "milestone" : "case", ref, [list, i]));
  return named;
}

/** Refs (external ids or slugs) given as a list of non-empty strings. */
function refList(value: unknown, path: Path, record: RawRecord, problems: ImportProblem[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.trim() === "")) {
    problems.push({ column: record.columnOf(path), message: "must be a list of external ids or slugs." });
    return [];
  }
  const refs = value.map((v: string) => v.trim());
  if (new Set(refs).size !== refs.length) problems.push({ column: record.columnOf(path), message: "lists a record twice." });
  return refs;
}

const STAGE_BY_SLUG = new Map<string, string>(CASE_STAGES.map((s) => [s.toLowerCase().replace(/_/g, "-"), s]));
/** A stage as its name (WARRANT_OR_NOTICE_OF_SUSPICION) or its URL value (warrant-or-notice-of-suspicion). */
const stageName = (v: unknown) => (typeof v === "string" ? (STAGE_BY_SLUG.get(v.trim().toLowerCase()) ?? v.trim()) : v);
/** KNEW, knew, should-have-known, SHOULD_HAVE_KNOWN, consciously disregarded. */
const enumName = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase().replace(/[-\s]+/g, "_") : v);

const STAGE_KEYS = ["stage", "date", "inAbsentia", "note"] as const;
const CASE_KEYS = ["externalId", "reference", "title", "summary", "lang", "translations", "forum", "situation", "stage", "accused", "charges", "sources", "milestones", "isSynthetic"] as const;
const ACCUSED_KEYS = ["externalId", "name", "nameUkrainian", "kind", "rank", "level", "description", "aliases"] as const;
const CHARGE_KEYS = ["accused", "crime", "mode", "provisionCited", "provision", "description", "knowledgeStandard", "failedDuties"] as const;
const REF_KEYS = ["source", "locator"] as const;
/** A milestone's source also says where its passage is: a document attached to the source (its SHA-256) and the page. */
const MILESTONE_REF_KEYS = [...REF_KEYS, "document", "page"] as const;

/** Checks one case record with the case form's schema; references stay for the server to resolve. */
export function checkCase(record: RawRecord): Checked<CheckedCase> {
  const problems = [...record.problems];
  const v = record.value;
  if (!isObject(v)) return { ok: false, problems: [{ column: record.columnOf([]), message: "must be an object: one case." }] };
  const nul = nulProblems(v, record);
  if (nul.length > 0) return { ok: false, problems: dedupe([...problems, ...nul]) };
  unknownFields(v, CASE_KEYS, [], record, problems);
  if (isObject(v.stage)) unknownFields(v.stage, STAGE_KEYS, ["stage"], record, problems);
  const externalId = externalIdSchema.safeParse(v.externalId);
  if (!externalId.success) problems.push(...zodProblems(externalId.error, record, () => ["externalId"]));

  // Accused: the schema's "new accused" entry, keyed accused-1…; charges name them by that key.
  const accusedExternalIds: string[] = [];
  const keyOf = new Map<string, string>();
  const accused = objects(v.accused).map((a, i) => {
    if (!isObject(a)) return a;
    unknownFields(a, ACCUSED_KEYS, ["accused", i], record, problems);
    const id = externalIdSchema.safeParse(a.externalId);
    if (!id.success) problems.push(...zodProblems(id.error, record, () => ["accused", i, "externalId"]));
    else if (keyOf.has(id.data)) problems.push({ column: record.columnOf(["accused", i, "externalId"]), message: `lists the accused "${id.data}" twice.` });
    // Only an id: the accused is recorded already (or described by an earlier record of the file).
    // Aliases alone describe nobody: they are added to the accused recorded (or described) already.
    const describes = ACCUSED_KEYS.some((k) => k !== "externalId" && k !== "aliases" && a[k] !== undefined && a[k] !== null && a[k] !== "");
    const key = describes ? `accused-${i + 1}` : `accused-ref-${i + 1}`;
    if (id.success && !keyOf.has(id.data)) keyOf.set(id.data, key);
    accusedExternalIds.push(id.success ? id.data : "");
    return describes ? { ...pick(a, ACCUSED_KEYS.filter((k) => k !== "externalId")), key } : { slug: key, ...(a.aliases === undefined ? {} : { aliases: a.aliases }) };
  });
  const charges = objects(v.charges).map((c, i) => {
    if (!isObject(c)) return c;
    unknownFields(c, CHARGE_KEYS, ["charges", i], record, problems);
    let against: string | null = null;
    if (c.accused !== null && c.accused !== undefined && typeof c.accused !== "string") {
      problems.push({ column: record.columnOf(["charges", i, "accused"]), message: "must be the external id (text) of one of the case's accused, or left out for a charge against every accused." });
    } else if (c.accused && str(c.accused) !== "") {
      against = keyOf.get(str(c.accused)) ?? null;
      if (!against) problems.push({ column: record.columnOf(["charges", i, "accused"]), message: `names "${str(c.accused)}", who is not among this case's accused.` });
    }
    return { ...pick(c, CHARGE_KEYS), accused: against, knowledgeStandard: c.knowledgeStandard == null || c.knowledgeStandard === "" ? null : enumName(c.knowledgeStandard), failedDuties: Array.isArray(c.failedDuties) ? c.failedDuties.map(enumName) : c.failedDuties };
  });
  const { sources, sourceRefs } = sourceEntries(v.sources, record, problems);
  const milestoneRefs = refList(v.milestones, ["milestones"], record, problems);
  if (v.accused !== undefined && !Array.isArray(v.accused)) problems.push({ column: record.columnOf(["accused"]), message: "must be a list." });
  if (v.charges !== undefined && !Array.isArray(v.charges)) problems.push({ column: record.columnOf(["charges"]), message: "must be a list." });
  if (v.sources !== undefined && v.sources !== null && !Array.isArray(v.sources)) problems.push({ column: record.columnOf(["sources"]), message: "must be a list." });

  const stage = isObject(v.stage) ? { ...pick(v.stage, STAGE_KEYS), stage: stageName(v.stage.stage) } : v.stage;
  if (stage === undefined || stage === null) problems.push({ column: record.columnOf(["stage", "stage"]), message: "is required: the stage the case has reached, and its date." });

  // A language given as null is left out: the case keeps its language (English for a new one).
  const present = withoutNullLang(v, record.present);
  const input = {
    reference: v.reference,
    title: v.title,
    summary: v.summary,
    // Read as the milestone import reads it: "UK" and " uk " are uk.
    lang: checkedLang(v, present),
    translations: v.translations,
    forum: v.forum,
    situation: v.situation,
    accused,
    charges,
    sources,
    milestones: [],
    isSynthetic: v.isSynthetic,
    initialStage: stage,
  };
  const parsed = caseInputSchema.safeParse(input);
  if (!parsed.success) {
    // The schema's paths, back to the record's: initialStage is the record's stage.
    problems.push(...zodProblems(parsed.error, record, (p) => (p[0] === "initialStage" ? ["stage", ...p.slice(1)] : p)));
  }
  if (problems.length > 0 || !parsed.success || !externalId.success) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: { externalId: externalId.data, input: { ...parsed.data, lang: present.has("lang") ? parsed.data.lang : DEFAULT_LOCALE }, accusedExternalIds, sourceRefs, milestoneRefs, line: record.line, present } };
}

/** The fields a record gives, without `lang` when it is given as null (left out: the record keeps its language). */
function withoutNullLang(v: Record<string, unknown>, present: ReadonlySet<string>): ReadonlySet<string> {
  return v.lang === null && present.has("lang") ? new Set([...present].filter((f) => f !== "lang")) : present;
}

/**
 * The language a record is checked in. A file that leaves it out says nothing about it: a record
 * imported before keeps its own, which only the server knows (decision 042). So its texts in any
 * language are taken here as translations (`title_en` of a case written in Ukrainian), the
 * schema's refusal of a text in the record's own language is left to the server, which knows it
 * (`ownLanguageProblems`), and the record is read as English (a new record's language) after.
 * A given language is read as given: "UK" and " uk " are uk.
 */
function checkedLang(v: Record<string, unknown>, present: ReadonlySet<string>): unknown {
  if (present.has("lang")) return typeof v.lang === "string" ? v.lang.trim().toLowerCase() : v.lang;
  const translations = isObject(v.translations) ? v.translations : {};
  const gives = (l: string) => isObject(translations[l]) && Object.values(translations[l]).some((t) => typeof t === "string" && t.trim() !== "");
  // Any language the texts are not translated into (when every language is, the refusal stands, whichever it is).
  return LOCALES.find((l) => !gives(l)) ?? DEFAULT_LOCALE;
}

const MILESTONE_KEYS = ["externalId", "date", "title", "description", "whatChanged", "lang", "translations", "status", "track", "type", "situation", "forums", "instruments", "cases", "sources"] as const;

/** Checks one milestone record with the milestone form's schema. */
export function checkMilestone(record: RawRecord): Checked<CheckedMilestone> {
  const problems = [...record.problems];
  const v = record.value;
  if (!isObject(v)) return { ok: false, problems: [{ column: record.columnOf([]), message: "must be an object: one milestone." }] };
  const nul = nulProblems(v, record);
  if (nul.length > 0) return { ok: false, problems: dedupe([...problems, ...nul]) };
  unknownFields(v, MILESTONE_KEYS, [], record, problems);
  const externalId = externalIdSchema.safeParse(v.externalId);
  if (!externalId.success) problems.push(...zodProblems(externalId.error, record, () => ["externalId"]));
  const { sources, sourceRefs } = sourceEntries(v.sources, record, problems, MILESTONE_REF_KEYS);
  const caseRefs = refList(v.cases, ["cases"], record, problems);
  // A language given as null is left out: the milestone keeps its language (English for a new one).
  const present = withoutNullLang(v, record.present);
  const parsed = milestoneInputSchema.safeParse({
    title: v.title,
    description: v.description,
    whatChanged: v.whatChanged,
    lang: checkedLang(v, present),
    translations: v.translations,
    status: v.status,
    date: v.date,
    track: v.track,
    type: v.type,
    situation: v.situation,
    forums: v.forums ?? [],
    instruments: v.instruments ?? [],
    cases: [],
    rules: [],
    sources: v.sources === undefined || v.sources === null || Array.isArray(v.sources) ? sources : v.sources,
  });
  if (!parsed.success) problems.push(...zodProblems(parsed.error, record));
  if (problems.length > 0 || !parsed.success || !externalId.success) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: { externalId: externalId.data, input: { ...parsed.data, lang: present.has("lang") ? parsed.data.lang : DEFAULT_LOCALE }, givenTranslations: v.translations ?? {}, caseRefs, sourceRefs, line: record.line, present } };
}

/** Checks one source record. */
export function checkSource(record: RawRecord): Checked<CheckedSource> {
  const v = record.value;
  if (!isObject(v)) return { ok: false, problems: [{ column: record.columnOf([]), message: "must be an object: one source." }] };
  const problems = [...record.problems];
  const nul = nulProblems(v, record);
  if (nul.length > 0) return { ok: false, problems: dedupe([...problems, ...nul]) };
  const parsed = sourceImportSchema.safeParse(v);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) problems.push({ column: record.columnOf([key]), message: `is not a field of this import (the fields are: ${Object.keys(sourceImportSchema.shape).join(", ")}).` });
      } else problems.push({ column: record.columnOf(issue.path), message: issue.message.endsWith(".") ? issue.message : `${issue.message}.` });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: dedupe(problems) };
  return { ok: true, value: { ...parsed.data, line: record.line, present: record.present } };
}

function dedupe(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.column}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import { describe, expect, it } from "vitest";
import { templateHeader } from "./columns";
import {
  checkCase,
  checkMilestone,
  checkSource,
  csvCaseRecord,
  csvHeader,
  csvRowRecord,
  jsonPath,
  jsonRecord,
  sourceImportSchema,
  type Checked,
  type CsvRow,
  type RawRecord,
} from "./records";
import { ImportFileError, type ImportKind, type ImportProblem } from "./types";

// ---------------------------------------------------------------------------------------------
// Helpers

function headerError(kind: ImportKind, fields: string[]): ImportFileError {
  try {
    csvHeader(kind, fields);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error("no error");
}

type Cells = Record<string, string>;
/** Rows of `header` (column names) from cells by column, on consecutive lines from `firstLine`. */
const rowsOf = (header: readonly string[], cells: Cells[], firstLine = 2): CsvRow[] =>
  cells.map((c, i) => ({ line: firstLine + i, lastLine: firstLine + i, fields: header.map((h) => c[h] ?? "") }));

const CASE_HEADER = templateHeader("cases");
const caseHeader = csvHeader("cases", CASE_HEADER);
const caseRecord = (...cells: Cells[]) => csvCaseRecord(caseHeader, rowsOf(CASE_HEADER, cells));

/** A case's first row: the case's columns, a described accused, a charge and a source. */
const FIRST: Cells = {
  external_id: "case-1",
  title: "Prosecutor v. Ivanov",
  forum: "icc",
  situation: "ukraine",
  stage: "warrant-or-notice-of-suspicion",
  stage_date: "2023-03-17",
  accused_id: "p1",
  accused_name: "Ivan Ivanov",
  accused_kind: "natural",
  crime: "war-crimes",
  mode: "direct",
  provision_cited: "article 8(2)(a)(vii)",
  source: "src-1",
  source_locator: "para. 2",
};
/** A later row of the same case: only what it adds. */
const later = (cells: Cells): Cells => ({ external_id: "case-1", ...cells });
const charge2: Cells = { crime: "crimes-against-humanity", mode: "direct", provision_cited: "article 7(1)(d)" };

const problemsOf = <T,>(checked: Checked<T>): ImportProblem[] => (checked.ok ? [] : checked.problems);
const columnsOf = <T,>(checked: Checked<T>): string[] => problemsOf(checked).map((p) => p.column);
const valueOf = (record: RawRecord) => record.value as Record<string, unknown>;

/** A valid JSON case: one described accused, one charge against them, a source. */
const jsonCase = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  externalId: "case-1",
  reference: "ICC-01/22-01/23",
  title: "Prosecutor v. Ivanov",
  summary: "A summary.",
  forum: "icc",
  situation: "ukraine",
  stage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2023-03-17", inAbsentia: false, note: null },
  accused: [{ externalId: "p1", name: "Ivan Ivanov", nameUkrainian: "Іван Іванов", kind: "natural", rank: "Colonel", level: "senior-command", description: null }],
  charges: [{ accused: "p1", crime: "war-crimes", mode: "direct", provisionCited: "article 8(2)(a)(vii)", provision: null, description: "Deportation.", knowledgeStandard: null, failedDuties: [] }],
  sources: [{ source: "src-1", locator: "para. 2" }],
  milestones: ["icc-warrant-2023"],
  isSynthetic: true,
  ...over,
});
const checkJsonCase = (value: unknown) => checkCase(jsonRecord(value, 2, 9));
/** The case with its first charge changed. */
const withCharge = (over: Record<string, unknown>) => jsonCase({ charges: [{ ...(jsonCase().charges as Record<string, unknown>[])[0], ...over }] });

const jsonMilestone = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  externalId: "m-1",
  date: "2023-03",
  title: "Warrants issued",
  description: "The court issued warrants.",
  whatChanged: null,
  track: "accountability",
  type: "arrest-warrant",
  situation: "ukraine",
  forums: ["icc"],
  instruments: [],
  cases: ["case-1"],
  sources: [{ source: "src-1", locator: "p. 1" }, { source: "src-2", locator: null }],
  ...over,
});
const checkJsonMilestone = (value: unknown) => checkMilestone(jsonRecord(value, 2, 2));

const jsonSource = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  externalId: "src-1",
  kind: "official",
  title: "Press release",
  publisher: "ICC",
  authors: null,
  url: "https://www.icc-cpi.int/news",
  publishedOn: "2023-03-17",
  note: null,
  ...over,
});
const checkJsonSource = (value: unknown) => checkSource(jsonRecord(value, 2, 2));

// ---------------------------------------------------------------------------------------------
// csvHeader

describe("csvHeader", () => {
  it("reads headers loosely: case, spaces and hyphens", () => {
    const fields = CASE_HEADER.map((name) => name);
    fields[0] = "External ID";
    fields[CASE_HEADER.indexOf("accused_name")] = "Accused name";
    fields[CASE_HEADER.indexOf("accused_name_uk")] = "accused-name-uk";
    fields[CASE_HEADER.indexOf("accused_kind")] = " ACCUSED_KIND ";
    const header = csvHeader("cases", fields);
    expect(header.index.get("external_id")).toBe(0);
    expect(header.index.get("accused_name")).toBe(CASE_HEADER.indexOf("accused_name"));
    expect(header.index.get("accused_name_uk")).toBe(CASE_HEADER.indexOf("accused_name_uk"));
    expect(header.index.get("accused_kind")).toBe(CASE_HEADER.indexOf("accused_kind"));
    expect(header.names).toEqual(CASE_HEADER);
  });

  it.each<[ImportKind, string[], [string, number][]]>([
    ["sources", ["external_id", "title"], [["external_id", 0], ["title", 1]]],
    ["sources", ["Title", "URL", "External-Id"], [["title", 0], ["url", 1], ["external_id", 2]]],
    ["sources", ["external_id", "title", ""], [["external_id", 0], ["title", 1]]],
    ["sources", ["external_id", "title", "  "], [["external_id", 0], ["title", 1]]],
    ["milestones", ["external_id", "date", "title", "description", "track", "type", "sources", ""], [["external_id", 0], ["date", 1], ["title", 2], ["description", 3], ["track", 4], ["type", 5], ["sources", 6]]],
  ])("%s %j: columns at their places (a trailing empty column from a trailing comma ignored)", (kind, fields, expected) => {
    expect([...csvHeader(kind, fields).index.entries()]).toEqual(expected);
  });

  it.each<[string, ImportKind, string[], string]>([
    [
      "an unknown column",
      "sources",
      ["external_id", "title", "Colour"],
      'line 1: the header has a column this import does not know: "Colour". The columns for sources are: external_id, kind, title, publisher, authors, url, published_on, note.',
    ],
    [
      "unknown columns, named as written",
      "sources",
      [" Acused name ", "external_id", "title", "urls"],
      'line 1: the header has columns this import does not know: "Acused name", "urls". The columns for sources are: external_id, kind, title, publisher, authors, url, published_on, note.',
    ],
    [
      "an empty column that is not the last",
      "sources",
      ["external_id", "", "title"],
      'line 1: the header has a column this import does not know: "(empty, column 2)". The columns for sources are: external_id, kind, title, publisher, authors, url, published_on, note.',
    ],
    [
      "two trailing empty columns: only the last is a trailing comma",
      "sources",
      ["external_id", "title", "", ""],
      'line 1: the header has a column this import does not know: "(empty, column 3)". The columns for sources are: external_id, kind, title, publisher, authors, url, published_on, note.',
    ],
    ["a repeated column", "sources", ["external_id", "title", "External ID"], 'line 1: the column "external_id" appears twice in the header.'],
    ["a missing required column", "sources", ["external_id", "url"], "line 1: the header lacks the required column title. The columns for sources are: external_id, kind, title, publisher, authors, url, published_on, note."],
    ["missing required columns", "sources", ["url"], "line 1: the header lacks the required columns external_id, title. The columns for sources are: external_id, kind, title, publisher, authors, url, published_on, note."],
    ["an empty header line", "sources", [""], 'line 1: the header has a column this import does not know: "(empty, column 1)". The columns for sources are: external_id, kind, title, publisher, authors, url, published_on, note.'],
  ])("refuses %s", (_what, kind, fields, message) => {
    const error = headerError(kind, fields);
    expect(error.message).toBe(message);
    expect(error.line).toBe(1);
  });

  it.each<[ImportKind, string[]]>([
    ["cases", ["external_id", "title", "forum", "situation", "stage", "stage_date", "accused_id"]],
    ["milestones", ["external_id", "date", "title", "description", "track", "type", "sources"]],
    ["sources", ["external_id", "title"]],
  ])("%s: missing every required column names them all and lists the kind's columns", (kind, required) => {
    const message = headerError(kind, []).message;
    expect(message).toContain(`the required ${required.length === 1 ? "column" : "columns"} ${required.join(", ")}.`);
    expect(message).toContain(`The columns for ${kind} are: ${templateHeader(kind).join(", ")}.`);
  });

  it("refuses a column of another kind", () => {
    expect(headerError("sources", ["external_id", "title", "accused_name"]).message).toContain('"accused_name"');
  });
});

// ---------------------------------------------------------------------------------------------
// csvCaseRecord

describe("csvCaseRecord: one row", () => {
  it("reads a case into the JSON shape", () => {
    const record = caseRecord({ ...FIRST, reference: "ICC-01/22", summary: "S.", in_absentia: "yes", stage_note: "Why.", is_synthetic: "yes", milestones: "m-1; m-2;", accused_name_uk: "Іван", accused_rank: "Colonel", accused_level: "senior-command", accused_description: "Commander.", provision: "rome-8", charge_description: "D.", knowledge_standard: "", failed_duties: "" });
    expect(record).toMatchObject({ line: 2, lastLine: 2, problems: [] });
    expect(record.value).toEqual({
      externalId: "case-1",
      reference: "ICC-01/22",
      title: "Prosecutor v. Ivanov",
      summary: "S.",
      forum: "icc",
      situation: "ukraine",
      stage: { stage: "warrant-or-notice-of-suspicion", date: "2023-03-17", inAbsentia: true, note: "Why." },
      isSynthetic: true,
      milestones: ["m-1", "m-2"],
      accused: [{ externalId: "p1", name: "Ivan Ivanov", nameUkrainian: "Іван", kind: "natural", rank: "Colonel", level: "senior-command", description: "Commander." }],
      charges: [{ accused: "p1", crime: "war-crimes", mode: "direct", provisionCited: "article 8(2)(a)(vii)", provision: "rome-8", description: "D.", knowledgeStandard: null, failedDuties: [] }],
      sources: [{ source: "src-1", locator: "para. 2" }],
      // The template has every language's columns: empty cells, no texts; no language (the case's own is kept).
      translations: { uk: { title: null, summary: null }, en: { title: null, summary: null } },
    });
  });

  it("empty cells read as null (optional text) or empty lists, and cells are trimmed", () => {
    const record = caseRecord({ ...FIRST, title: "  Prosecutor v. Ivanov  ", source: "", source_locator: "", failed_duties: " prevent ; repress " });
    const value = valueOf(record);
    expect(value).toMatchObject({ title: "Prosecutor v. Ivanov", reference: null, summary: null, isSynthetic: false, milestones: [], sources: [] });
    expect((value.charges as Record<string, unknown>[])[0]!.failedDuties).toEqual(["prevent", "repress"]);
    expect((value.stage as Record<string, unknown>).note).toBeNull();
  });

  it("a row with an accused only adds no charge", () => {
    const value = valueOf(caseRecord({ ...FIRST, crime: "", mode: "", provision_cited: "" }));
    expect(value.charges).toEqual([]);
    expect(value.accused).toHaveLength(1);
  });

  it("a row with charge columns but no accused_id is a charge against every accused", () => {
    const record = caseRecord({ ...FIRST, accused_id: "", accused_name: "", accused_kind: "" });
    expect(record.problems).toEqual([]);
    expect(valueOf(record).accused).toEqual([]);
    expect((valueOf(record).charges as Record<string, unknown>[])[0]!.accused).toBeNull();
  });

  it("problems of a single-row case name the column without a line", () => {
    const record = caseRecord({ ...FIRST, accused_id: "", in_absentia: "maybe" });
    expect(record.problems.map((p) => p.column)).toEqual(["accused_id", "in_absentia"]);
  });
});

describe("csvCaseRecord: several rows are one case", () => {
  const record = caseRecord(
    FIRST,
    later({ accused_id: "p2", accused_name: "Petr Petrov", accused_kind: "natural", ...charge2, source: "src-2" }),
    later({ accused_id: "p1", crime: "genocide", mode: "ordering", provision_cited: "article 6", source: "src-1" }),
    later({ accused_id: "p2", source: "src-3", source_locator: "p. 9" }),
    later({ accused_id: "p1", source: "src-1", source_locator: "para. 2" }),
  );
  const value = valueOf(record);

  it("spans the rows' lines", () => expect(record).toMatchObject({ line: 2, lastLine: 6, problems: [] }));

  it("lists each accused once, as first described", () => {
    expect(value.accused).toEqual([
      { externalId: "p1", name: "Ivan Ivanov", nameUkrainian: null, kind: "natural", rank: null, level: null, description: null },
      { externalId: "p2", name: "Petr Petrov", nameUkrainian: null, kind: "natural", rank: null, level: null, description: null },
    ]);
  });

  it("takes the charges in row order, each against its row's accused", () => {
    expect((value.charges as Record<string, unknown>[]).map((c) => [c.accused, c.crime])).toEqual([
      ["p1", "war-crimes"],
      ["p2", "crimes-against-humanity"],
      ["p1", "genocide"],
    ]);
  });

  it("collects each source once, with its locator", () => {
    expect(value.sources).toEqual([
      { source: "src-1", locator: "para. 2" },
      { source: "src-2", locator: null },
      { source: "src-3", locator: "p. 9" },
    ]);
  });

  it("takes the case's columns from the first row", () => {
    expect(value).toMatchObject({ externalId: "case-1", title: "Prosecutor v. Ivanov", forum: "icc", stage: { stage: "warrant-or-notice-of-suspicion", date: "2023-03-17" } });
  });

  it("accepts the case's columns repeated exactly on later rows", () => {
    expect(caseRecord(FIRST, { ...FIRST, accused_name: "", accused_kind: "", ...charge2, source: "", source_locator: "" }).problems).toEqual([]);
  });

  it("a later row's lastLine ends the case (a quoted cell over two lines)", () => {
    const rows = rowsOf(CASE_HEADER, [FIRST, later({ accused_id: "p1", ...charge2, charge_description: "two\nlines" })]);
    rows[1] = { ...rows[1]!, lastLine: 4 };
    expect(csvCaseRecord(caseHeader, rows)).toMatchObject({ line: 2, lastLine: 4 });
  });
});

describe("csvCaseRecord: rows that disagree", () => {
  it.each<[string, Cells[], ImportProblem[]]>([
    [
      "a case column that differs on a later row",
      [FIRST, later({ accused_id: "p1", title: "Another title" }), later({ accused_id: "p1", forum: "special-tribunal", stage_date: "2024" })],
      [
        { column: "title (line 3)", message: "differs from the case's first row (line 2): leave it empty on the case's later rows, or repeat it exactly." },
        { column: "forum (line 4)", message: "differs from the case's first row (line 2): leave it empty on the case's later rows, or repeat it exactly." },
        { column: "stage_date (line 4)", message: "differs from the case's first row (line 2): leave it empty on the case's later rows, or repeat it exactly." },
      ],
    ],
    [
      "a yes/no column that differs on a later row",
      [FIRST, later({ accused_id: "p1", is_synthetic: "yes" })],
      [{ column: "is_synthetic (line 3)", message: "differs from the case's first row (line 2): leave it empty on the case's later rows, or repeat it exactly." }],
    ],
    [
      "an accused re-described differently on a later row",
      [FIRST, later({ accused_id: "p1", accused_name: "Ivan Ivanov" }), later({ accused_id: "p1", accused_name: "I. Ivanov", accused_rank: "General" })],
      [
        { column: "accused_name (line 4)", message: 'differs from the accused "p1" as line 2 describes them: leave it empty, or repeat it exactly.' },
        { column: "accused_rank (line 4)", message: 'differs from the accused "p1" as line 2 describes them: leave it empty, or repeat it exactly.' },
      ],
    ],
    [
      "accused columns without accused_id",
      [FIRST, later({ accused_name: "Somebody", ...charge2 })],
      [{ column: "accused_id (line 3)", message: "is required: your id for the accused this row describes." }],
    ],
    [
      "a locator without a source",
      [FIRST, later({ accused_id: "p1", source_locator: "p. 3" })],
      [{ column: "source_locator (line 3)", message: "gives a locator without a source: fill in the source column too." }],
    ],
    [
      "a source given two locators",
      [FIRST, later({ accused_id: "p1", source: "src-1", source_locator: "para. 9" })],
      [{ column: "source_locator (line 3)", message: 'gives the source "src-1" a locator, but line 2 gives it another: give each source once, with the passages in one locator.' }],
    ],
  ])("%s", (_what, cells, problems) => {
    expect(caseRecord(...cells).problems).toEqual(problems);
  });

  it("a source repeated without a locator, or with the same one, is fine", () => {
    const record = caseRecord(FIRST, later({ accused_id: "p1", source: "src-1" }), later({ accused_id: "p1", source: "src-1", source_locator: "para. 2" }));
    expect(record.problems).toEqual([]);
    expect(valueOf(record).sources).toEqual([{ source: "src-1", locator: "para. 2" }]);
  });

  it("a source first given without a locator, then with one, is refused on the later row", () => {
    const record = caseRecord({ ...FIRST, source_locator: "" }, later({ accused_id: "p1", source: "src-1", source_locator: "p. 3" }));
    expect(record.problems).toEqual([{ column: "source_locator (line 3)", message: expect.stringContaining("but line 2 gives it none") }]);
  });

  it("the problems come through checkCase, with the schema's", () => {
    const checked = checkCase(caseRecord(FIRST, later({ accused_id: "p1", title: "Other", crime: "Not A Slug", mode: "direct", provision_cited: "x" })));
    expect(problemsOf(checked).map((p) => p.column)).toEqual(["title (line 3)", "crime (line 3)"]);
  });
});

describe("csvCaseRecord: yes/no cells", () => {
  it.each<[string, boolean]>([
    ["", false],
    ["no", false],
    ["No", false],
    ["NO", false],
    ["false", false],
    ["FALSE", false],
    ["0", false],
    ["n", false],
    ["N", false],
    ["yes", true],
    ["Yes", true],
    ["YES", true],
    ["true", true],
    ["True", true],
    ["1", true],
    ["y", true],
    ["Y", true],
    [" yes ", true],
  ])("%j reads as %s", (cell, expected) => {
    const record = caseRecord({ ...FIRST, in_absentia: cell, is_synthetic: cell });
    expect(record.problems).toEqual([]);
    expect(valueOf(record)).toMatchObject({ isSynthetic: expected, stage: { inAbsentia: expected } });
  });

  it.each<[string, string, string]>([
    ["in_absentia", "maybe", 'must be yes or no; it is "maybe".'],
    ["is_synthetic", "maybe", 'must be yes or no; it is "maybe".'],
    ["is_synthetic", "oui", 'must be yes or no; it is "oui".'],
    ["in_absentia", "2", 'must be yes or no; it is "2".'],
  ])("%s %j is refused, naming the column", (column, cell, message) => {
    const record = caseRecord({ ...FIRST, [column]: cell });
    expect(record.problems).toEqual([{ column, message }]);
    expect(problemsOf(checkCase(record))).toContainEqual({ column, message });
  });
});

describe("csvCaseRecord: columnOf", () => {
  // Accused p1 on line 2, p2 on line 3; charges on lines 2, 3 and 5 (line 4 adds only a source);
  // sources src-1 on line 2, src-2 on line 4.
  const record = caseRecord(FIRST, later({ accused_id: "p2", accused_name: "P", accused_kind: "legal", ...charge2 }), later({ accused_id: "p1", source: "src-2" }), later({ accused_id: "p1", crime: "genocide", mode: "direct", provision_cited: "6" }));

  it.each<[(string | number)[], string]>([
    // top level
    [["externalId"], "external_id"],
    [["reference"], "reference"],
    [["title"], "title"],
    [["summary"], "summary"],
    [["forum"], "forum"],
    [["situation"], "situation"],
    [["isSynthetic"], "is_synthetic"],
    [["milestones"], "milestones"],
    [["milestones", 1], "milestones"],
    [["expectedVersion"], "expectedVersion"],
    // stage.*
    [["stage"], "stage"],
    [["stage", "stage"], "stage"],
    [["stage", "date"], "stage_date"],
    [["stage", "inAbsentia"], "in_absentia"],
    [["stage", "note"], "stage_note"],
    [["stage", "source"], "stage"],
    // accused[i].*
    [["accused"], "accused_id (line 2)"],
    [["accused", 0, "externalId"], "accused_id (line 2)"],
    [["accused", 0, "name"], "accused_name (line 2)"],
    [["accused", 1, "name"], "accused_name (line 3)"],
    [["accused", 1, "nameUkrainian"], "accused_name_uk (line 3)"],
    [["accused", 1, "kind"], "accused_kind (line 3)"],
    [["accused", 1, "rank"], "accused_rank (line 3)"],
    [["accused", 1, "level"], "accused_level (line 3)"],
    [["accused", 1, "description"], "accused_description (line 3)"],
    [["accused", 1, "key"], "accused_id (line 3)"],
    [["accused", 1], "accused_id (line 3)"],
    [["accused", 7, "name"], "accused_name (line 2)"],
    // charges[i].*
    [["charges"], "crime (line 2)"],
    [["charges", 0, "crime"], "crime (line 2)"],
    [["charges", 1, "accused"], "accused_id (line 3)"],
    [["charges", 1, "mode"], "mode (line 3)"],
    [["charges", 2, "crime"], "crime (line 5)"],
    [["charges", 2, "provisionCited"], "provision_cited (line 5)"],
    [["charges", 2, "provision"], "provision (line 5)"],
    [["charges", 2, "description"], "charge_description (line 5)"],
    [["charges", 2, "knowledgeStandard"], "knowledge_standard (line 5)"],
    [["charges", 2, "failedDuties"], "failed_duties (line 5)"],
    [["charges", 2, "failedDuties", 0], "failed_duties (line 5)"],
    [["charges", 2], "crime (line 5)"],
    // sources[i].*
    [["sources"], "source (line 2)"],
    [["sources", 0, "source"], "source (line 2)"],
    [["sources", 0, "slug"], "source (line 2)"],
    [["sources", 1, "source"], "source (line 4)"],
    [["sources", 1, "locator"], "source_locator (line 4)"],
  ])("%j is %j", (path, column) => {
    expect(record.columnOf(path)).toBe(column);
  });

  it.each<[(string | number)[], string]>([
    [["title"], "title"],
    [["stage", "date"], "stage_date"],
    [["accused", 0, "name"], "accused_name"],
    [["charges", 0, "crime"], "crime"],
    [["sources", 0, "locator"], "source_locator"],
    [["accused"], "accused_id"],
  ])("a single-row case: %j is %j, without a line", (path, column) => {
    expect(caseRecord(FIRST).columnOf(path)).toBe(column);
  });
});

describe("csvCaseRecord: the language and the texts in the other language (decision 042)", () => {
  const header = ["external_id", "title", "summary", "forum", "situation", "stage", "stage_date", "accused_id", "accused_name", "accused_kind", "crime", "mode", "provision_cited", "lang", "title_en", "summary_en"];
  const record = (cells: Cells, rows: Cells[] = []) => csvCaseRecord(csvHeader("cases", header), rowsOf(header, [cells, ...rows]));
  const UKRAINIAN: Cells = { ...FIRST, title: "Справа про депортацію дітей", lang: "uk", title_en: "Deportation of children", summary_en: "" };

  it("reads lang and only the other-language columns the file has", () => {
    const read = record(UKRAINIAN);
    expect(read.problems).toEqual([]);
    expect(read.value).toMatchObject({ lang: "uk", translations: { en: { title: "Deportation of children", summary: null } } });
    expect((read.value as { translations: object }).translations).not.toHaveProperty("uk");
    expect([...read.present]).toEqual(expect.arrayContaining(["lang", "translations.en.title", "translations.en.summary"]));
    expect(read.columnOf(["translations", "en", "summary"])).toBe("summary_en");
    expect(read.columnOf(["translations", "uk", "title"])).toBe("title_uk");
    expect(read.columnOf(["lang"])).toBe("lang");
  });

  it("an empty lang cell is left out: the case keeps its language", () => {
    const read = record({ ...UKRAINIAN, lang: "", title_en: "" });
    expect((read.value as { lang?: string }).lang).toBeUndefined();
    expect(read.present.has("lang")).toBe(false);
  });

  it("later rows of the case leave lang and the translations empty or repeat them", () => {
    const read = record(UKRAINIAN, [{ external_id: "case-1", accused_id: "p1", lang: "uk", title_en: "Another title", ...charge2 }]);
    expect(read.problems.map((p) => p.column)).toEqual(["title_en (line 3)"]);
  });

  it("checks: a translation into the case's own language and an unknown language are refused naming their columns, all at once", () => {
    const own = checkCase(record({ ...UKRAINIAN, title_en: "", lang: "en", summary_en: "In English again" }));
    expect(!own.ok && own.problems).toEqual([{ column: "summary_en", message: expect.stringContaining('is in the language the record is written in ("en")') }]);
    const bad = checkCase(record({ ...UKRAINIAN, lang: "ru", title: "" }));
    expect(!bad.ok && bad.problems.map((p) => p.column).sort()).toEqual(["lang", "title"]);
    expect(!bad.ok && bad.problems.find((p) => p.column === "lang")!.message).toMatch(/^must be one of "uk", "en"/);
  });

  it("checks: reads lang as the milestone import does (case and spaces aside) and keeps the texts as given", () => {
    const checked = checkCase(record({ ...UKRAINIAN, lang: " UK " }));
    expect(checked.ok && checked.value.input).toMatchObject({ lang: "uk", translations: { en: { title: "Deportation of children", summary: null } } });
  });

  it("checks a JSON case's lang and translations, naming the field path", () => {
    const json = (over: Record<string, unknown>) =>
      checkCase(jsonRecord({ externalId: "c1", title: "Справа", forum: "icc", situation: "ukraine", stage: { stage: "INVESTIGATION", date: "2024" }, accused: [{ externalId: "p1", name: "N", kind: "natural" }], charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "a" }], ...over }, 1, 1));
    const ok = json({ lang: "uk", translations: { en: { title: "A case" } } });
    expect(ok.ok && ok.value.input).toMatchObject({ lang: "uk", translations: { en: { title: "A case" } } });
    const own = json({ lang: "uk", translations: { uk: { title: "Справа" } } });
    expect(!own.ok && own.problems.map((p) => p.column)).toEqual(["translations.uk.title"]);
    const unknown = json({ translations: { uk: { description: "Опис" } } });
    expect(!unknown.ok && unknown.problems.map((p) => p.column)).toEqual(["translations.uk"]);
    // A language given as null is left out: the case keeps its own.
    const left = json({ lang: null });
    expect(left.ok && left.value.present.has("lang")).toBe(false);
  });
});

describe("csvCaseRecord: present", () => {
  it("the full template gives every field it can", () => {
    expect([...caseRecord(FIRST).present].sort()).toEqual(
      [
        "reference",
        "summary",
        "isSynthetic",
        "milestones",
        "sources",
        "sources.locator",
        "stage.inAbsentia",
        "stage.note",
        "accused.name",
        "accused.nameUkrainian",
        "accused.aliases",
        "accused.kind",
        "accused.rank",
        "accused.level",
        "accused.description",
        "charges.provision",
        "charges.description",
        "charges.knowledgeStandard",
        "charges.failedDuties",
        "translations.uk.title",
        "translations.uk.summary",
        "translations.en.title",
        "translations.en.summary",
      ].sort(),
    );
  });

  it.each<[string, string[], string[]]>([
    ["only the required columns and a charge", ["crime", "mode", "provision_cited"], []],
    ["a source without locators", ["crime", "mode", "provision_cited", "source"], ["sources"]],
    ["sources with locators", ["crime", "mode", "provision_cited", "source", "source_locator"], ["sources", "sources.locator"]],
    ["a summary and a charge description", ["Summary", "crime", "mode", "provision_cited", "Charge Description"], ["summary", "charges.description"]],
    ["accused names", ["accused-name", "accused_kind"], ["accused.name", "accused.kind"]],
  ])("a narrow header (%s)", (_what, extra, present) => {
    const header = ["external_id", "title", "forum", "situation", "stage", "stage_date", "accused_id", ...extra];
    const record = csvCaseRecord(csvHeader("cases", header), rowsOf(header.map((h) => h.toLowerCase().replace(/[ -]/g, "_")), [FIRST]));
    expect([...record.present].sort()).toEqual([...present].sort());
  });

  it("a narrow header reads the absent columns as empty", () => {
    const header = ["external_id", "title", "forum", "situation", "stage", "stage_date", "accused_id", "crime", "mode", "provision_cited"];
    const record = csvCaseRecord(csvHeader("cases", header), rowsOf(header, [FIRST]));
    expect(record.problems).toEqual([]);
    expect(valueOf(record)).toMatchObject({ summary: null, sources: [], milestones: [], isSynthetic: false, accused: [{ externalId: "p1", name: "", kind: null }] });
    // The accused is named by id alone: a reference to one recorded already.
    const checked = checkCase(record);
    expect(checked).toMatchObject({ ok: true, value: { accusedExternalIds: ["p1"], input: { accused: [{ slug: "accused-ref-1" }] } } });
  });
});

// ---------------------------------------------------------------------------------------------
// csvRowRecord

const MILESTONE_HEADER = templateHeader("milestones");
const milestoneRow = (cells: Cells, header: readonly string[] = MILESTONE_HEADER) => csvRowRecord("milestones", csvHeader("milestones", [...header]), rowsOf(header, [cells], 7)[0]!);
const MILESTONE: Cells = { external_id: "m-1", date: "2023-03", title: "Warrants", description: "Issued.", track: "accountability", type: "arrest-warrant", sources: "src-1" };

describe("csvRowRecord: milestones", () => {
  it("reads a milestone into the JSON shape", () => {
    const record = milestoneRow({ ...MILESTONE, what_changed: "", situation: "ukraine", forums: "icc; special-tribunal;", instruments: "", cases: "case-1", sources: "src-1;src-2", source_locators: "p. 1;p. 2" });
    expect(record).toMatchObject({ line: 7, lastLine: 7, problems: [] });
    expect(record.value).toEqual({
      externalId: "m-1",
      date: "2023-03",
      title: "Warrants",
      description: "Issued.",
      whatChanged: null,
      track: "accountability",
      type: "arrest-warrant",
      situation: "ukraine",
      forums: ["icc", "special-tribunal"],
      instruments: [],
      cases: ["case-1"],
      // The template has the columns of a passage's document and page: empty cells, none.
      sources: [
        { source: "src-1", locator: "p. 1", document: null, page: null },
        { source: "src-2", locator: "p. 2", document: null, page: null },
      ],
      // The template has every language's columns: empty cells, no texts.
      translations: { uk: { title: null, description: null, whatChanged: null }, en: { title: null, description: null, whatChanged: null } },
    });
  });

  it("reads the language and the texts in the other language, only from the columns the file has (decision 042)", () => {
    const header = ["external_id", "date", "title", "description", "track", "type", "sources", "lang", "title_en", "what_changed_en"];
    const record = milestoneRow({ ...MILESTONE, title: "Ордери", lang: "uk", title_en: "Warrants", what_changed_en: "" }, header);
    expect(record.value).toMatchObject({ lang: "uk", translations: { en: { title: "Warrants", whatChanged: null } } });
    expect((record.value as { translations: { en: object } }).translations.en).not.toHaveProperty("description");
    expect([...record.present]).toEqual(expect.arrayContaining(["lang", "translations.en.title", "translations.en.whatChanged"]));
    expect(record.columnOf(["translations", "en", "whatChanged"])).toBe("what_changed_en");
    expect(record.columnOf(["translations", "uk", "title"])).toBe("title_uk");
  });

  it("refuses a translation into the milestone's own language, naming the column; without lang, leaves it to the server, which knows the milestone's", () => {
    const header = ["external_id", "date", "title", "description", "track", "type", "sources", "title_en"];
    const checked = checkMilestone(milestoneRow({ ...MILESTONE, title_en: "Warrants again", lang: "en" }, [...header, "lang"]));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((p) => p.column)).toEqual(["title_en"]);
    // No lang (no column, or an empty cell): title_en may be the English of a milestone written in Ukrainian.
    for (const withLang of [header, [...header, "lang"]]) {
      const left = checkMilestone(milestoneRow({ ...MILESTONE, title_en: "Warrants again", lang: "" }, withLang));
      expect(left.ok && [left.value.input.lang, left.value.present.has("lang"), left.value.givenTranslations]).toEqual(["en", false, { en: { title: "Warrants again" } }]);
    }
    const bad = checkMilestone(milestoneRow({ ...MILESTONE, lang: "ru" }, [...header, "lang"]));
    expect(!bad.ok && bad.problems).toEqual([{ column: "lang", message: expect.stringMatching(/^must be one of uk, en/) }]);
  });

  it.each<[string, string, string, { source: string; locator: string | null }[]]>([
    ["no locators", "a;b", "", [{ source: "a", locator: null }, { source: "b", locator: null }]],
    ["one per source", "a; b ;c", "p. 1; p. 2 ;p. 3", [{ source: "a", locator: "p. 1" }, { source: "b", locator: "p. 2" }, { source: "c", locator: "p. 3" }]],
    ["empty between two ';'", "a;b;c", "p. 1;;p. 3", [{ source: "a", locator: "p. 1" }, { source: "b", locator: null }, { source: "c", locator: "p. 3" }]],
    ["a blank between two ';'", "a;b;c", "p. 1; ;p. 3", [{ source: "a", locator: "p. 1" }, { source: "b", locator: null }, { source: "c", locator: "p. 3" }]],
    ["fewer locators than sources", "a;b;c", "p. 1", [{ source: "a", locator: "p. 1" }, { source: "b", locator: null }, { source: "c", locator: null }]],
    ["an empty first locator", "a;b", ";p. 2", [{ source: "a", locator: null }, { source: "b", locator: "p. 2" }]],
  ])("sources and source_locators aligned: %s", (_what, sources, locators, expected) => {
    const record = milestoneRow({ ...MILESTONE, sources, source_locators: locators });
    expect(record.problems).toEqual([]);
    // The template's columns of a passage's document and page are empty: none.
    expect(valueOf(record).sources).toEqual(expected.map((e) => ({ ...e, document: null, page: null })));
  });

  it.each<[string, string, string]>([
    ["a;b", "p. 1;p. 2;p. 3", "gives 3 locators for 2 sources: give one per source, in the same order."],
    ["a", "p. 1;p. 2", "gives 2 locators for 1 source: give one per source, in the same order."],
    ["", "p. 1", "gives 1 locators for 0 sources: give one per source, in the same order."],
  ])("sources %j with locators %j: too many locators refused", (sources, locators, message) => {
    const record = milestoneRow({ ...MILESTONE, sources, source_locators: locators });
    expect(record.problems).toEqual([{ column: "source_locators", message }]);
    expect(problemsOf(checkMilestone(record))).toContainEqual({ column: "source_locators", message });
  });

  it.each<[(string | number)[], string]>([
    [["externalId"], "external_id"],
    [["date"], "date"],
    [["whatChanged"], "what_changed"],
    [["situation"], "situation"],
    [["forums", 1], "forums"],
    [["instruments"], "instruments"],
    [["cases"], "cases"],
    [["sources"], "sources"],
    [["sources", 1, "source"], "sources"],
    [["sources", 1, "slug"], "sources"],
    [["sources", 1, "locator"], "source_locators"],
    [["sources", 1, "document"], "source_documents"],
    [["sources", 0, "page"], "source_pages"],
    [["rules"], "rules"],
  ])("columnOf %j is %j", (path, column) => {
    expect(milestoneRow(MILESTONE).columnOf(path)).toBe(column);
  });

  it.each<[string, string[], string[]]>([
    ["the template", MILESTONE_HEADER, ["externalId", "date", "title", "description", "whatChanged", "status", "track", "type", "situation", "forums", "instruments", "cases", "sources", "sources.locator", "sources.document", "sources.page", ...["uk", "en"].flatMap((l) => ["title", "description", "whatChanged"].map((f) => `translations.${l}.${f}`))]],
    ["only the required columns", ["external_id", "date", "title", "description", "track", "type", "sources"], ["externalId", "date", "title", "description", "track", "type", "sources"]],
    ["with forums and locators", ["external_id", "date", "title", "description", "track", "type", "sources", "forums", "source_locators"], ["externalId", "date", "title", "description", "track", "type", "sources", "forums", "sources.locator"]],
  ])("present: %s", (_what, header, present) => {
    expect([...milestoneRow(MILESTONE, header).present].sort()).toEqual([...present].sort());
  });

  const SHA = "ab".repeat(32);
  const NARROW = ["external_id", "date", "title", "description", "track", "type", "sources", "source_locators", "source_documents", "source_pages"];

  it("reads a passage's document and page per source, in the sources' order, and checks them with the form's schema", () => {
    const record = milestoneRow({ ...MILESTONE, sources: "a;b;c", source_locators: "§ 2;;", source_documents: `${SHA.toUpperCase()};;${SHA}`, source_pages: "4;;" }, NARROW);
    expect(record.problems).toEqual([]);
    expect(valueOf(record).sources).toEqual([
      { source: "a", locator: "§ 2", document: SHA.toUpperCase(), page: "4" },
      { source: "b", locator: null, document: null, page: null },
      { source: "c", locator: null, document: SHA, page: null },
    ]);
    expect([...record.present]).toEqual(expect.arrayContaining(["sources.document", "sources.page"]));
    const checked = checkMilestone(record);
    expect(checked.ok && checked.value.input.sources.map((s) => [s.document, s.page])).toEqual([[SHA, 4], [null, null], [SHA, null]]);
    // A file without the columns says nothing of them: no keys, so a milestone imported before keeps its own.
    const without = milestoneRow(MILESTONE, ["external_id", "date", "title", "description", "track", "type", "sources"]);
    expect(valueOf(without).sources).toEqual([{ source: "src-1", locator: null }]);
    expect([...without.present].some((f) => f.startsWith("sources.d") || f === "sources.page")).toBe(false);
  });

  it.each<[string, Cells, { column: string; message: RegExp }[]]>([
    ["page 0", { source_documents: SHA, source_pages: "0" }, [{ column: "source_pages", message: /a whole number from 1/ }]],
    ["a page that is not a number", { source_documents: SHA, source_pages: "four" }, [{ column: "source_pages", message: /a whole number from 1/ }]],
    ["a page without its document", { source_pages: "3" }, [{ column: "source_pages", message: /needs the document/ }]],
    ["a document that is not a SHA-256", { source_documents: "judgment.pdf", source_pages: "3" }, [{ column: "source_documents", message: /64 hexadecimal digits/ }]],
    ["more documents than sources", { source_documents: `${SHA};${SHA}` }, [{ column: "source_documents", message: /^gives 2 documents for 1 source: give one per source/ }]],
    ["more pages than sources", { source_documents: SHA, source_pages: "1;2" }, [{ column: "source_pages", message: /^gives 2 pages for 1 source: give one per source/ }]],
  ])("refuses %s, naming the column", (_what, cells, problems) => {
    const checked = checkMilestone(milestoneRow({ ...MILESTONE, ...cells }, NARROW));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems).toEqual(problems.map((p) => ({ column: p.column, message: expect.stringMatching(p.message) })));
  });

  it("a JSON milestone's source gives its document and page by their fields; a case's source does not take them", () => {
    const json = (sources: unknown) => checkMilestone(jsonRecord({ externalId: "m-1", date: "2023-03", title: "T", description: "D", track: "accountability", type: "arrest-warrant", sources }, 1, 1));
    const ok = json([{ source: "src-1", locator: "§ 2", document: SHA, page: 7 }]);
    expect(ok.ok && ok.value.input.sources[0]).toMatchObject({ slug: "source-1", document: SHA, page: 7 });
    expect(ok.ok && ok.value.present.has("sources.document")).toBe(true);
    const bad = json([{ source: "src-1", document: SHA, page: 0 }]);
    expect(!bad.ok && bad.problems).toEqual([{ column: "sources[0].page", message: expect.stringMatching(/a whole number from 1/) }]);
    const alone = json([{ source: "src-1", page: 2 }]);
    expect(!alone.ok && alone.problems).toEqual([{ column: "sources[0].page", message: expect.stringMatching(/needs the document/) }]);
  });

  it("present: lang when its cell is given, not when it is empty (the milestone keeps its language, as a case does)", () => {
    expect(milestoneRow({ ...MILESTONE, lang: "uk" }).present.has("lang")).toBe(true);
    expect(milestoneRow({ ...MILESTONE, lang: "" }).present.has("lang")).toBe(false);
  });

  it("a valid row passes checkMilestone, naming the file's line", () => {
    const checked = checkMilestone(milestoneRow({ ...MILESTONE, sources: "src-1;src-2", source_locators: ";p. 2", cases: "case-1;case-2" }));
    expect(checked).toMatchObject({
      ok: true,
      value: { externalId: "m-1", line: 7, caseRefs: ["case-1", "case-2"], sourceRefs: ["src-1", "src-2"], input: { date: { date: "2023-03-01", precision: "MONTH" }, sources: [{ slug: "source-1", locator: null }, { slug: "source-2", locator: "p. 2" }], cases: [] } },
    });
  });

  it.each<[string, Cells, string[]]>([
    ["no source", { sources: "" }, ["sources"]],
    ["a bad date", { date: "March 2023" }, ["date"]],
    ["a forum that is not a slug", { forums: "icc;Special Tribunal" }, ["forums"]],
    ["an empty title", { title: "" }, ["title"]],
    ["an empty external id", { external_id: "" }, ["external_id"]],
    ["a source twice", { sources: "src-1;src-1" }, ["sources"]],
  ])("checkMilestone names the column: %s", (_what, cells, columns) => {
    expect(columnsOf(checkMilestone(milestoneRow({ ...MILESTONE, ...cells })))).toEqual(columns);
  });
});

const SOURCE_HEADER = templateHeader("sources");
const sourceRow = (cells: Cells, header: readonly string[] = SOURCE_HEADER) => csvRowRecord("sources", csvHeader("sources", [...header]), rowsOf(header, [cells], 3)[0]!);

describe("csvRowRecord: sources", () => {
  it("reads a source, empty cells as null", () => {
    const record = sourceRow({ external_id: "src-1", title: " Press release ", url: "https://example.org/", published_on: "2024" });
    expect(record).toMatchObject({ line: 3, lastLine: 3, problems: [] });
    expect(record.value).toEqual({ externalId: "src-1", kind: null, title: "Press release", publisher: null, authors: null, url: "https://example.org/", publishedOn: "2024", note: null });
  });

  it.each<[string, string[], string[]]>([
    ["the template", SOURCE_HEADER, ["externalId", "kind", "title", "publisher", "authors", "url", "publishedOn", "note"]],
    ["only the required columns", ["external_id", "title"], ["externalId", "title"]],
    ["with a url", ["external_id", "title", "url"], ["externalId", "title", "url"]],
    ["with the date", ["published_on", "title", "external_id"], ["externalId", "title", "publishedOn"]],
  ])("present: %s", (_what, header, present) => {
    expect([...sourceRow({ external_id: "s", title: "T" }, header).present].sort()).toEqual([...present].sort());
  });

  it.each<[(string | number)[], string]>([
    [["externalId"], "external_id"],
    [["kind"], "kind"],
    [["publishedOn"], "published_on"],
    [["url"], "url"],
    [["colour"], "colour"],
  ])("columnOf %j is %j", (path, column) => {
    expect(sourceRow({}).columnOf(path)).toBe(column);
  });

  it.each<[string, Cells, string]>([
    ["a bad date", { published_on: "2024-13-01" }, "published_on"],
    ["a bad kind", { kind: "press" }, "kind"],
    ["a javascript: url", { url: "javascript:alert(1)" }, "url"],
    ["an empty title", { title: "" }, "title"],
  ])("checkSource names the column: %s", (_what, cells, column) => {
    expect(columnsOf(checkSource(sourceRow({ external_id: "s", title: "T", ...cells })))).toEqual([column]);
  });

  it("a valid row passes checkSource", () => {
    expect(checkSource(sourceRow({ external_id: "s", title: "T", kind: "Official", published_on: "2024-05" }))).toEqual({
      ok: true,
      value: { externalId: "s", kind: "OFFICIAL", title: "T", publisher: null, authors: null, url: null, publishedOn: { date: "2024-05-01", precision: "MONTH" }, note: null, line: 3, present: new Set(["externalId", "kind", "title", "publisher", "authors", "url", "publishedOn", "note"]) },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// JSON

describe("jsonPath", () => {
  it.each<[(string | number)[], string]>([
    [[], "(the record)"],
    [["title"], "title"],
    [["stage", "date"], "stage.date"],
    [["charges", 1, "crime"], "charges[1].crime"],
    [["charges", 0, "failedDuties", 2], "charges[0].failedDuties[2]"],
    [["milestones", 0], "milestones[0]"],
    [["accused", 3], "accused[3]"],
  ])("%j is %j", (path, expected) => {
    expect(jsonPath(path)).toBe(expected);
  });
});

describe("jsonRecord", () => {
  it("keeps the lines and the value, names columns by path, has no problems", () => {
    const value = { title: "T" };
    const record = jsonRecord(value, 4, 9);
    expect(record).toMatchObject({ line: 4, lastLine: 9, value, problems: [] });
    expect(record.columnOf(["charges", 0, "crime"])).toBe("charges[0].crime");
  });

  it.each<[string, unknown, string[]]>([
    ["not an object", "text", []],
    ["null", null, []],
    ["an array", [{ a: 1 }], []],
    ["top-level keys, null ones too", { summary: null, title: "T" }, ["summary", "title"]],
    ["the keys of list items, of any item", { charges: [{ crime: "x" }, { description: null }] }, ["charges", "charges.crime", "charges.description"]],
    ["the keys of stage", { stage: { stage: "TRIAL", note: null } }, ["stage", "stage.stage", "stage.note"]],
    ["not the keys of another object", { other: { a: 1 } }, ["other"]],
    ["lists of strings", { milestones: ["a"] }, ["milestones"]],
    ["an empty list", { sources: [] }, ["sources"]],
    ["sources with locators", { sources: [{ source: "s" }, { source: "t", locator: "p. 1" }] }, ["sources", "sources.source", "sources.locator"]],
    ["accused fields", { accused: [{ externalId: "p1", rank: "General" }] }, ["accused", "accused.externalId", "accused.rank"]],
  ])("present: %s", (_what, value, present) => {
    expect([...jsonRecord(value, 1, 1).present].sort()).toEqual([...present].sort());
  });
});

// ---------------------------------------------------------------------------------------------
// checkCase

describe("checkCase: a valid JSON case", () => {
  it("passes, carrying its line and present fields, references set aside", () => {
    const checked = checkJsonCase(jsonCase());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toMatchObject({ externalId: "case-1", line: 2, accusedExternalIds: ["p1"], sourceRefs: ["src-1"], milestoneRefs: ["icc-warrant-2023"] });
    expect(checked.value.present).toEqual(jsonRecord(jsonCase(), 2, 9).present);
    expect(checked.value.present.has("charges.description")).toBe(true);
    expect(checked.value.input).toEqual({
      reference: "ICC-01/22-01/23",
      title: "Prosecutor v. Ivanov",
      summary: "A summary.",
      lang: "en",
      translations: null,
      forum: "icc",
      situation: "ukraine",
      accused: [{ key: "accused-1", name: "Ivan Ivanov", nameUkrainian: "Іван Іванов", kind: "natural", rank: "Colonel", level: "senior-command", description: null }],
      charges: [{ accused: "accused-1", crime: "war-crimes", mode: "direct", provisionCited: "article 8(2)(a)(vii)", provision: null, description: "Deportation.", knowledgeStandard: null, failedDuties: [] }],
      sources: [{ slug: "source-1", title: null, url: null, publisher: null, locator: "para. 2" }],
      milestones: [],
      isSynthetic: true,
      expectedVersion: null,
      initialStage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: { date: "2023-03-17", precision: "DAY" }, inAbsentia: false, note: null, source: null },
    });
  });

  it("a minimal case: optional fields left out", () => {
    const checked = checkJsonCase({ externalId: "c", title: "T", forum: "icc", situation: "ukraine", stage: { stage: "TRIAL", date: "2024" }, accused: [{ externalId: "p1" }], charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "8" }] });
    expect(checked).toMatchObject({ ok: true, value: { sourceRefs: [], milestoneRefs: [], input: { reference: null, summary: null, isSynthetic: false, sources: [], charges: [{ accused: null }] } } });
  });

  it("a valid CSV case passes, carrying its first line", () => {
    const checked = checkCase(caseRecord(FIRST, later({ accused_id: "p2", accused_name: "P", accused_kind: "legal", ...charge2 })));
    expect(checked).toMatchObject({ ok: true, value: { externalId: "case-1", line: 2, accusedExternalIds: ["p1", "p2"], sourceRefs: ["src-1"], input: { charges: [{ accused: "accused-1" }, { accused: "accused-2" }] } } });
  });

  it.each<[string, unknown]>([
    ["a string", "case-1"],
    ["null", null],
    ["an array", [jsonCase()]],
  ])("refuses %s: must be an object", (_what, value) => {
    expect(problemsOf(checkJsonCase(value))).toEqual([{ column: "(the record)", message: "must be an object: one case." }]);
  });
});

describe("checkCase: unknown fields are named by path", () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ["at the top", jsonCase({ colour: "red" }), "colour", "externalId, reference, title, summary, lang, translations, forum, situation, stage, accused, charges, sources, milestones, isSynthetic"],
    ["inside accused", jsonCase({ accused: [{ externalId: "p1", name: "N", kind: "natural", age: 40 }] }), "accused[0].age", "externalId, name, nameUkrainian, kind, rank, level, description, aliases"],
    ["inside charges", withCharge({ severity: "high" }), "charges[0].severity", "accused, crime, mode, provisionCited, provision, description, knowledgeStandard, failedDuties"],
    ["inside sources", jsonCase({ sources: [{ source: "src-1", slug: "src-1" }] }), "sources[0].slug", "source, locator"],
    ["a slug where the form would take it (accused)", jsonCase({ accused: [{ externalId: "p1", slug: "ivanov" }] }), "accused[0].slug", "externalId, name, nameUkrainian, kind, rank, level, description, aliases"],
    ["a form-only field at the top", jsonCase({ expectedVersion: 3 }), "expectedVersion", "externalId, reference, title, summary, lang, translations, forum, situation, stage, accused, charges, sources, milestones, isSynthetic"],
  ])("%s", (_what, value, column, fields) => {
    expect(problemsOf(checkJsonCase(value))).toEqual([{ column, message: `is not a field of this import (the fields are: ${fields}).` }]);
  });

  it("several at once, each named", () => {
    const value = jsonCase({ colour: 1, accused: [{ externalId: "p1", name: "N", kind: "natural" }, { externalId: "p2", x: 1 }], sources: [{ source: "s", y: 2 }] });
    expect(columnsOf(checkJsonCase(value))).toEqual(["colour", "accused[1].x", "sources[0].y"]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["stage.colour", { stage: "TRIAL", date: "2024", colour: "red" }],
    // The stage form's source is not imported: cases collect their sources in `sources`.
    ["stage.source", { stage: "TRIAL", date: "2024", source: { slug: "src-1" } }],
  ])("inside stage: %s", (column, stage) => {
    const problems = problemsOf(checkJsonCase(jsonCase({ stage })));
    expect(problems).toContainEqual({ column, message: "is not a field of this import (the fields are: stage, date, inAbsentia, note)." });
  });

  // BUG: an unknown field inside `stage` is reported twice: once by the import (named "stage.colour",
  // in the house's words) and again by the case schema's .strict(), whose default zod message leaks
  // out as { column: "stage", message: 'Unrecognized key: "colour".' }. checkCase keeps unknown
  // stage keys in what it hands to caseInputSchema (`{ ...v.stage, stage: … }`), whereas for accused
  // and charges it `pick`s only the known keys. Expected: the one problem, as for the other objects.
  it("BUG: an unknown field inside stage is one problem, in the import's words", () => {
    const problems = problemsOf(checkJsonCase(jsonCase({ stage: { stage: "TRIAL", date: "2024", colour: "red" } })));
    expect(problems).toEqual([{ column: "stage.colour", message: "is not a field of this import (the fields are: stage, date, inAbsentia, note)." }]);
  });
});

describe("checkCase: accused", () => {
  it.each<[string, Record<string, unknown>[], unknown[], string[]]>([
    ["described: a key accused-N", [{ externalId: "p1", name: "N", kind: "natural" }], [{ key: "accused-1", name: "N", kind: "natural" }], ["p1"]],
    ["by externalId alone: a reference accused-ref-N", [{ externalId: "p1" }], [{ slug: "accused-ref-1" }], ["p1"]],
    ["null and empty fields do not describe", [{ externalId: "p1", name: "", rank: null }], [{ slug: "accused-ref-1" }], ["p1"]],
    [
      "mixed: the number is the place in the list",
      [{ externalId: "p1" }, { externalId: "p2", name: "N", kind: "legal" }, { externalId: "p3" }],
      [{ slug: "accused-ref-1" }, { key: "accused-2", name: "N", kind: "legal" }, { slug: "accused-ref-3" }],
      ["p1", "p2", "p3"],
    ],
    ["the id trimmed", [{ externalId: "  p1 " }], [{ slug: "accused-ref-1" }], ["p1"]],
  ])("%s", (_what, accused, input, ids) => {
    const checked = checkJsonCase(jsonCase({ accused, charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "8" }] }));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.input.accused).toMatchObject(input);
    expect(checked.value.accusedExternalIds).toEqual(ids);
  });

  it("charges name the accused by external id; they get the accused's key or stand-in slug", () => {
    const checked = checkJsonCase(
      jsonCase({
        accused: [{ externalId: "p1" }, { externalId: "p2", name: "N", kind: "natural" }],
        charges: [
          { accused: "p2", crime: "war-crimes", mode: "direct", provisionCited: "8" },
          { accused: " p1 ", crime: "war-crimes", mode: "direct", provisionCited: "8" },
          { accused: null, crime: "genocide", mode: "direct", provisionCited: "6" },
          { accused: "", crime: "genocide", mode: "ordering", provisionCited: "6" },
        ],
      }),
    );
    expect(checked.ok && checked.value.input.charges.map((c) => c.accused)).toEqual(["accused-2", "accused-ref-1", null, null]);
  });

  it.each<[string, Record<string, unknown>, ImportProblem]>([
    ["a charge naming an accused not in the case", withCharge({ accused: "nobody" }), { column: "charges[0].accused", message: `names "nobody", who is not among this case's accused.` }],
    ["the same accused twice", jsonCase({ accused: [{ externalId: "p1", name: "N", kind: "natural" }, { externalId: "p1" }] }), { column: "accused[1].externalId", message: 'lists the accused "p1" twice.' }],
    ["an accused without an id", jsonCase({ accused: [{ name: "N", kind: "natural" }] }), { column: "accused[0].externalId", message: "is required: your id for this record, the same each time you import it." }],
    ["a described accused without a kind", jsonCase({ accused: [{ externalId: "p1", name: "N" }] }), { column: "accused[0].kind", message: 'is required: "natural" (a person) or "legal" (a company or other legal entity).' }],
    ["a described accused without a name", jsonCase({ accused: [{ externalId: "p1", kind: "natural", rank: "General" }] }), { column: "accused[0].name", message: "is required: the accused's name in English (or give the slug of a recorded accused)." }],
    ["a legal person with a rank (the form's own message)", jsonCase({ accused: [{ externalId: "p1", name: "Co", kind: "legal", rank: "General" }] }), { column: "accused[0].rank", message: "must be left out for a legal person: a company has no military or official rank." }],
    ["accused not a list", jsonCase({ accused: { externalId: "p1" } }), { column: "accused", message: "must be a list." }],
    ["no accused", jsonCase({ accused: [] }), { column: "accused", message: "needs at least one accused: who the proceedings are against." }],
  ])("refuses %s", (_what, value, problem) => {
    expect(problemsOf(checkJsonCase(value))).toContainEqual(problem);
  });

  // BUG: a charge's `accused` that is not a string (a number, an object…) is read as "left out",
  // so the charge silently becomes a charge against every accused of the case and the record
  // passes. checkCase tests `str(c.accused) !== ""`, and str() turns any non-string into "".
  // Expected: refused, naming charges[0].accused.
  it("BUG: a charge whose accused is not text is refused, not read as against every accused", () => {
    const checked = checkJsonCase(jsonCase({ accused: [{ externalId: "p1", name: "N", kind: "natural" }, { externalId: "5", name: "M", kind: "natural" }], charges: [{ accused: 5, crime: "war-crimes", mode: "direct", provisionCited: "8" }] }));
    expect(checked.ok).toBe(false);
    expect(columnsOf(checked)).toContain("charges[0].accused");
  });
});

describe("checkCase: charges", () => {
  it.each<[unknown, string | null]>([
    ["KNEW", "KNEW"],
    ["knew", "KNEW"],
    [" Knew ", "KNEW"],
    ["SHOULD_HAVE_KNOWN", "SHOULD_HAVE_KNOWN"],
    ["should-have-known", "SHOULD_HAVE_KNOWN"],
    ["should have known", "SHOULD_HAVE_KNOWN"],
    ["should_have_known", "SHOULD_HAVE_KNOWN"],
    // Article 28(b) of the Rome Statute: a civilian superior.
    ["CONSCIOUSLY_DISREGARDED", "CONSCIOUSLY_DISREGARDED"],
    ["consciously disregarded", "CONSCIOUSLY_DISREGARDED"],
    ["Consciously-Disregarded", "CONSCIOUSLY_DISREGARDED"],
    ["consciously-disregarded", "CONSCIOUSLY_DISREGARDED"],
    [null, null],
    ["", null],
    [undefined, null],
  ])("knowledge standard %j reads as %j", (given, expected) => {
    const checked = checkJsonCase(withCharge({ mode: "command-responsibility", knowledgeStandard: given }));
    expect(checked.ok && checked.value.input.charges[0]!.knowledgeStandard).toBe(expected);
  });

  it.each<[unknown[], string[]]>([
    [["PREVENT", "REPRESS", "SUBMIT_TO_AUTHORITIES"], ["PREVENT", "REPRESS", "SUBMIT_TO_AUTHORITIES"]],
    [["prevent", "submit-to-authorities"], ["PREVENT", "SUBMIT_TO_AUTHORITIES"]],
    [["Submit to authorities", " repress "], ["SUBMIT_TO_AUTHORITIES", "REPRESS"]],
    [[], []],
  ])("failed duties %j read as %j", (given, expected) => {
    const checked = checkJsonCase(withCharge({ mode: "command-responsibility", failedDuties: given }));
    expect(checked.ok && checked.value.input.charges[0]!.failedDuties).toEqual(expected);
  });

  it("failed duties left out or null: none", () => {
    for (const failedDuties of [null, undefined]) {
      const checked = checkJsonCase(withCharge({ mode: "command-responsibility", failedDuties }));
      expect(checked.ok && checked.value.input.charges[0]!.failedDuties).toEqual([]);
    }
  });

  it("knowledge standard and failed duties from CSV, in lower case", () => {
    const checked = checkCase(caseRecord({ ...FIRST, mode: "command-responsibility", knowledge_standard: "should-have-known", failed_duties: "prevent; submit to authorities" }));
    expect(checked).toMatchObject({ ok: true, value: { input: { charges: [{ knowledgeStandard: "SHOULD_HAVE_KNOWN", failedDuties: ["PREVENT", "SUBMIT_TO_AUTHORITIES"] }] } } });
  });

  it.each<[string, Record<string, unknown>, ImportProblem]>([
    [
      "a knowledge standard on another mode (the form's message)",
      withCharge({ mode: "direct", knowledgeStandard: "knew" }),
      { column: "charges[0].knowledgeStandard", message: 'must be left out: the knowledge standard applies only to command responsibility (mode "command-responsibility"); this charge\'s mode is "direct".' },
    ],
    [
      "failed duties on another mode (the form's message)",
      withCharge({ mode: "ordering", failedDuties: ["prevent"] }),
      { column: "charges[0].failedDuties", message: 'must be left out: the failed duties applies only to command responsibility (mode "command-responsibility"); this charge\'s mode is "ordering".' },
    ],
    [
      "an unknown knowledge standard",
      withCharge({ mode: "command-responsibility", knowledgeStandard: "maybe" }),
      { column: "charges[0].knowledgeStandard", message: 'must be one of "KNEW", "SHOULD_HAVE_KNOWN", "CONSCIOUSLY_DISREGARDED" (what the superior knew; leave it out when the source does not say).' },
    ],
    [
      "an unknown failed duty",
      withCharge({ mode: "command-responsibility", failedDuties: ["prevent", "punish"] }),
      { column: "charges[0].failedDuties[1]", message: 'must be one of "PREVENT", "REPRESS", "SUBMIT_TO_AUTHORITIES" (the duties the superior failed).' },
    ],
    ["a duty twice", withCharge({ mode: "command-responsibility", failedDuties: ["prevent", "PREVENT"] }), { column: "charges[0].failedDuties", message: "lists a duty twice." }],
    ["no crime", withCharge({ crime: "" }), { column: "charges[0].crime", message: "is required: choose one." }],
    ["a mode that is not a slug", withCharge({ mode: "Direct" }), { column: "charges[0].mode", message: "must be a slug: lower-case words joined by hyphens." }],
    ["no citation", withCharge({ provisionCited: " " }), { column: "charges[0].provisionCited", message: "is required." }],
    ["no charges", jsonCase({ charges: [] }), { column: "charges", message: "needs at least one charge: the crime, the mode of liability and the provision cited." }],
    ["charges not a list", jsonCase({ charges: "war-crimes" }), { column: "charges", message: "must be a list." }],
  ])("refuses %s", (_what, value, problem) => {
    expect(problemsOf(checkJsonCase(value))).toContainEqual(problem);
  });

  it("a command-responsibility-only field on another mode, from CSV, names the column and line", () => {
    const checked = checkCase(caseRecord(FIRST, later({ accused_id: "p1", ...charge2, knowledge_standard: "knew" })));
    expect(problemsOf(checked)).toEqual([
      { column: "knowledge_standard (line 3)", message: 'must be left out: the knowledge standard applies only to command responsibility (mode "command-responsibility"); this charge\'s mode is "direct".' },
    ]);
  });
});

describe("checkCase: stage", () => {
  it.each<[string, string]>([
    ["WARRANT_OR_NOTICE_OF_SUSPICION", "WARRANT_OR_NOTICE_OF_SUSPICION"],
    ["warrant-or-notice-of-suspicion", "WARRANT_OR_NOTICE_OF_SUSPICION"],
    ["Warrant-Or-Notice-Of-Suspicion", "WARRANT_OR_NOTICE_OF_SUSPICION"],
    [" preliminary-examination ", "PRELIMINARY_EXAMINATION"],
    ["closed", "CLOSED"],
    ["TRIAL", "TRIAL"],
    ["arrest-or-surrender", "ARREST_OR_SURRENDER"],
  ])("%j reads as %s", (stage, expected) => {
    const checked = checkJsonCase(jsonCase({ stage: { stage, date: "2023-03-17" } }));
    expect(checked.ok && checked.value.input.initialStage?.stage).toBe(expected);
  });

  it("the CSV stage column, as a slug", () => {
    const checked = checkCase(caseRecord({ ...FIRST, stage: "trial", in_absentia: "yes", stage_date: "2024-05" }));
    expect(checked).toMatchObject({ ok: true, value: { input: { initialStage: { stage: "TRIAL", inAbsentia: true, date: { date: "2024-05-01", precision: "MONTH" } } } } });
  });

  it.each<[string, unknown, ImportProblem]>([
    ["no stage", undefined, { column: "stage.stage", message: "is required: the stage the case has reached, and its date." }],
    ["a null stage", null, { column: "stage.stage", message: "is required: the stage the case has reached, and its date." }],
    ["a stage without its stage", { date: "2024" }, { column: "stage.stage", message: "is required: choose the stage the proceedings have reached." }],
    ["an unknown stage", { stage: "arrested", date: "2024" }, { column: "stage.stage", message: expect.stringMatching(/^must be one of "PRELIMINARY_EXAMINATION", .*"CLOSED" \(the stage of the proceedings\)\.$/) }],
    ["a stage without a date", { stage: "TRIAL" }, { column: "stage.date", message: "is required: write it YYYY-MM-DD, YYYY-MM or YYYY." }],
    ["a bad date", { stage: "TRIAL", date: "2024-02-30" }, { column: "stage.date", message: "must be a real date written YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year)." }],
    ["in absentia not a boolean", { stage: "TRIAL", date: "2024", inAbsentia: "yes" }, { column: "stage.inAbsentia", message: "must be true or false." }],
    ["the stage not an object", "TRIAL", { column: "stage", message: expect.any(String) }],
  ])("refuses %s", (_what, stage, problem) => {
    const value = jsonCase();
    if (stage === undefined) delete value.stage;
    else value.stage = stage;
    expect(problemsOf(checkJsonCase(value))).toContainEqual(problem);
  });

  it.each<[string, Cells, string]>([
    ["an empty stage", { stage: "" }, "stage"],
    ["an unknown stage", { stage: "arrested" }, "stage"],
    ["an empty date", { stage_date: "" }, "stage_date"],
    ["a stage note too long", { stage_note: "x".repeat(2001) }, "stage_note"],
  ])("from CSV, %s names the column", (_what, cells, column) => {
    expect(columnsOf(checkCase(caseRecord({ ...FIRST, ...cells })))).toEqual([column]);
  });
});

describe("checkCase: sources and milestones", () => {
  it.each<[string, Record<string, unknown>, ImportProblem]>([
    ["a source without its reference", jsonCase({ sources: [{ locator: "p. 1" }] }), { column: "sources[0].source", message: "is required: the source's external id or slug." }],
    ["a blank source reference", jsonCase({ sources: [{ source: " " }] }), { column: "sources[0].source", message: "is required: the source's external id or slug." }],
    ["a source twice", jsonCase({ sources: [{ source: "s" }, { source: " s " }] }), { column: "sources[1].source", message: 'lists the source "s" twice.' }],
    ["sources not a list", jsonCase({ sources: "s" }), { column: "sources", message: "must be a list." }],
    ["milestones not a list", jsonCase({ milestones: "m-1" }), { column: "milestones", message: "must be a list of external ids or slugs." }],
    ["a blank milestone", jsonCase({ milestones: ["m-1", ""] }), { column: "milestones", message: "must be a list of external ids or slugs." }],
    ["a milestone that is not text", jsonCase({ milestones: [3] }), { column: "milestones", message: "must be a list of external ids or slugs." }],
    ["a milestone twice", jsonCase({ milestones: ["m-1", " m-1"] }), { column: "milestones", message: "lists a record twice." }],
    ["a locator too long", jsonCase({ sources: [{ source: "s", locator: "x".repeat(4001) }] }), { column: "sources[0].locator", message: "must be at most 4000 characters." }],
  ])("refuses %s", (_what, value, problem) => {
    expect(problemsOf(checkJsonCase(value))).toContainEqual(problem);
  });

  it("sources and milestones are references, kept in order, trimmed; sources null reads as none", () => {
    const checked = checkJsonCase(jsonCase({ sources: [{ source: " b " }, { source: "a", locator: "p. 2" }], milestones: [" m-2", "m-1"] }));
    expect(checked).toMatchObject({ ok: true, value: { sourceRefs: ["b", "a"], milestoneRefs: ["m-2", "m-1"], input: { sources: [{ slug: "source-1", locator: null }, { slug: "source-2", locator: "p. 2" }], milestones: [] } } });
    expect(checkJsonCase(jsonCase({ sources: null, milestones: null }))).toMatchObject({ ok: true, value: { sourceRefs: [], milestoneRefs: [] } });
  });
});

describe("external ids", () => {
  const ID_PROBLEMS: [string, unknown, string][] = [
    ["missing", undefined, "is required: your id for this record, the same each time you import it."],
    ["empty", "", "is required: your id for this record, the same each time you import it."],
    ["blank", "   ", "is required: your id for this record, the same each time you import it."],
    ["not text", 42, "is required: your id for this record, the same each time you import it."],
    ["too long", "x".repeat(201), "must be at most 200 characters."],
    ["a control character", "case\u00011", "must not hold control characters."],
    ["a tab inside", "case\t1", "must not hold control characters."],
    ["a line break inside", "case\n1", "must not hold control characters."],
    ["DEL", "case\u007f", "must not hold control characters."],
  ];

  it.each(ID_PROBLEMS)("a case's: %s", (_what, externalId, message) => {
    expect(problemsOf(checkJsonCase(jsonCase({ externalId })))).toEqual([{ column: "externalId", message }]);
  });
  it.each(ID_PROBLEMS)("an accused's: %s", (_what, externalId, message) => {
    expect(problemsOf(checkJsonCase(jsonCase({ accused: [{ externalId }], charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "8" }] })))).toEqual([{ column: "accused[0].externalId", message }]);
  });
  it.each(ID_PROBLEMS)("a milestone's: %s", (_what, externalId, message) => {
    expect(problemsOf(checkJsonMilestone(jsonMilestone({ externalId })))).toEqual([{ column: "externalId", message }]);
  });
  it.each(ID_PROBLEMS)("a source's: %s", (_what, externalId, message) => {
    expect(problemsOf(checkJsonSource(jsonSource({ externalId })))).toEqual([{ column: "externalId", message }]);
  });

  it.each<[string, string]>([
    ["200 characters", "x".repeat(200)],
    ["spaces around, trimmed", "  case-1  "],
    ["Unicode", "справа-№1"],
    ["spaces and punctuation inside", "ICC 01/22 (a)"],
  ])("accepts %s", (_what, externalId) => {
    expect(checkJsonCase(jsonCase({ externalId }))).toMatchObject({ ok: true, value: { externalId: externalId.trim() } });
    expect(checkJsonSource(jsonSource({ externalId }))).toMatchObject({ ok: true, value: { externalId: externalId.trim() } });
  });

  it("a CSV case's empty external_id names the column", () => {
    expect(problemsOf(checkCase(caseRecord({ ...FIRST, external_id: "" })))).toEqual([{ column: "external_id", message: "is required: your id for this record, the same each time you import it." }]);
  });
});

describe("NUL characters are refused wherever they are, naming the path", () => {
  const NUL_MESSAGE = "contains a NUL character (U+0000), which cannot be stored: remove it (most editors do not show it).";

  it.each<[string, Record<string, unknown>]>([
    ["externalId", jsonCase({ externalId: "case\u0000" })],
    ["title", jsonCase({ title: "Prosecutor\u0000v." })],
    ["stage.note", jsonCase({ stage: { stage: "TRIAL", date: "2024", note: "\u0000" } })],
    ["accused[0].name", jsonCase({ accused: [{ externalId: "p1", name: "I\u0000", kind: "natural" }] })],
    ["charges[0].description", withCharge({ description: "x\u0000y" })],
    ["charges[0].failedDuties[0]", withCharge({ failedDuties: ["\u0000"] })],
    ["sources[0].locator", jsonCase({ sources: [{ source: "s", locator: "p.\u0000" }] })],
    ["milestones[1]", jsonCase({ milestones: ["m-1", "m\u00002"] })],
    // Even in a field the import does not know: nothing is checked further until the NUL is gone.
    ["colour", jsonCase({ colour: "\u0000" })],
  ])("case: %s", (column, value) => {
    expect(problemsOf(checkJsonCase(value))).toEqual([{ column, message: NUL_MESSAGE }]);
  });

  it("every NUL is named", () => {
    expect(columnsOf(checkJsonCase(jsonCase({ title: "\u0000", summary: "\u0000" })))).toEqual(["title", "summary"]);
  });

  it("from CSV: the column and line", () => {
    const checked = checkCase(caseRecord(FIRST, later({ accused_id: "p1", ...charge2, charge_description: "a\u0000b" })));
    expect(problemsOf(checked)).toEqual([{ column: "charge_description (line 3)", message: NUL_MESSAGE }]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["title", jsonMilestone({ title: "\u0000" })],
    ["sources[1].locator", jsonMilestone({ sources: [{ source: "s" }, { source: "t", locator: "\u0000" }] })],
    ["forums[0]", jsonMilestone({ forums: ["\u0000"] })],
  ])("milestone: %s", (column, value) => {
    expect(problemsOf(checkJsonMilestone(value))).toEqual([{ column, message: NUL_MESSAGE }]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["note", jsonSource({ note: "\u0000" })],
    ["url", jsonSource({ url: "https://x.org/\u0000" })],
  ])("source: %s", (column, value) => {
    expect(problemsOf(checkJsonSource(value))).toEqual([{ column, message: NUL_MESSAGE }]);
  });

  it("from a CSV source row: the column", () => {
    expect(problemsOf(checkSource(sourceRow({ external_id: "s", title: "T", published_on: "\u0000" })))).toEqual([{ column: "published_on", message: NUL_MESSAGE }]);
  });
});

// ---------------------------------------------------------------------------------------------
// checkMilestone

describe("checkMilestone", () => {
  it("passes a valid JSON milestone, carrying its line and present fields", () => {
    const checked = checkJsonMilestone(jsonMilestone());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toMatchObject({ externalId: "m-1", line: 2, caseRefs: ["case-1"], sourceRefs: ["src-1", "src-2"] });
    expect(checked.value.input).toMatchObject({
      title: "Warrants issued",
      date: { date: "2023-03-01", precision: "MONTH" },
      forums: ["icc"],
      cases: [],
      rules: [],
      opens: [],
      closes: [],
      sources: [{ slug: "source-1", locator: "p. 1" }, { slug: "source-2", locator: null }],
    });
    expect([...checked.value.present].sort()).toEqual(["cases", "date", "description", "externalId", "forums", "instruments", "situation", "sources", "sources.locator", "sources.source", "title", "track", "type", "whatChanged"]);
  });

  it("forums and instruments left out read as none", () => {
    const value = jsonMilestone();
    delete value.forums;
    delete value.instruments;
    delete value.cases;
    expect(checkJsonMilestone(value)).toMatchObject({ ok: true, value: { caseRefs: [], input: { forums: [], instruments: [] } } });
  });

  it.each<[string, unknown]>([
    ["a string", "m-1"],
    ["null", null],
  ])("refuses %s: must be an object", (_what, value) => {
    expect(problemsOf(checkJsonMilestone(value))).toEqual([{ column: "(the record)", message: "must be an object: one milestone." }]);
  });

  it.each<[string, Record<string, unknown>, ImportProblem]>([
    ["an unknown field", jsonMilestone({ opens: ["rule-1"] }), { column: "opens", message: "is not a field of this import (the fields are: externalId, date, title, description, whatChanged, lang, translations, status, track, type, situation, forums, instruments, cases, sources)." }],
    ["an unknown field in a source", jsonMilestone({ sources: [{ source: "s", title: "T" }] }), { column: "sources[0].title", message: "is not a field of this import (the fields are: source, locator, document, page)." }],
    ["no sources", jsonMilestone({ sources: [] }), { column: "sources", message: "needs at least one source: where the fact comes from." }],
    ["sources left out", jsonMilestone({ sources: undefined }), { column: "sources", message: "needs at least one source: where the fact comes from." }],
    ["a source without its reference", jsonMilestone({ sources: [{ locator: "p" }] }), { column: "sources[0].source", message: "is required: the source's external id or slug." }],
    ["a source twice", jsonMilestone({ sources: [{ source: "s" }, { source: "s" }] }), { column: "sources[1].source", message: 'lists the source "s" twice.' }],
    ["a case twice", jsonMilestone({ cases: ["c", "c"] }), { column: "cases", message: "lists a record twice." }],
    ["cases not a list", jsonMilestone({ cases: "c" }), { column: "cases", message: "must be a list of external ids or slugs." }],
    ["a date that is not one", jsonMilestone({ date: "2024-13" }), { column: "date", message: "must be a real date written YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year)." }],
    ["no title", jsonMilestone({ title: "" }), { column: "title", message: "is required." }],
    ["a track that is not a slug", jsonMilestone({ track: "Accountability" }), { column: "track", message: "must be a slug: lower-case words joined by hyphens." }],
    ["a forum twice", jsonMilestone({ forums: ["icc", "icc"] }), { column: "forums", message: "lists a value twice." }],
  ])("refuses %s", (_what, value, problem) => {
    expect(problemsOf(checkJsonMilestone(value))).toContainEqual(problem);
  });
});

// ---------------------------------------------------------------------------------------------
// checkSource and sourceImportSchema

describe("sourceImportSchema", () => {
  const parse = (over: Record<string, unknown>) => sourceImportSchema.safeParse(jsonSource(over));

  it.each<[unknown, string]>([
    [undefined, "OTHER"],
    [null, "OTHER"],
    ["", "OTHER"],
    ["  ", "OTHER"],
    ["other", "OTHER"],
    ["official", "OFFICIAL"],
    [" Official ", "OFFICIAL"],
    ["OFFICIAL", "OFFICIAL"],
    ["synthetic", "SYNTHETIC"],
  ])("kind %j reads as %s", (kind, expected) => {
    const parsed = parse({ kind });
    expect(parsed.success && parsed.data.kind).toBe(expected);
  });

  it.each<[unknown, string]>([
    ["press", 'must be "official", "other" or "synthetic"'],
    ["unofficial", 'must be "official", "other" or "synthetic"'],
    [3, "must be text"],
  ])("kind %j is refused", (kind, message) => {
    const parsed = parse({ kind });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["kind", message]]);
  });

  it.each<[unknown, string | null]>([
    ["https://www.icc-cpi.int/news/x?y=1#z", "https://www.icc-cpi.int/news/x?y=1#z"],
    ["http://example.org", "http://example.org"],
    [" https://example.org/ ", "https://example.org/"],
    ["HTTPS://EXAMPLE.ORG/", "HTTPS://EXAMPLE.ORG/"],
    ["", null],
    [null, null],
    [undefined, null],
  ])("url %j is accepted", (url, expected) => {
    const parsed = parse({ url });
    expect(parsed.success && parsed.data.url).toBe(expected);
  });

  it.each<[string]>([["javascript:alert(1)"], ["JavaScript:alert(1)"], ["data:text/html,<b>x</b>"], ["file:///etc/passwd"], ["ftp://example.org/"], ["mailto:a@example.org"], ["www.icc-cpi.int"], ["https://exa mple.org/"], ["not a url"]])("url %j is refused", (url) => {
    const parsed = parse({ url });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["url", "must be a web address starting with http:// or https://"]]);
  });

  it.each<[unknown, { date: string; precision: string } | null]>([
    ["2024", { date: "2024-01-01", precision: "YEAR" }],
    ["2024-05", { date: "2024-05-01", precision: "MONTH" }],
    ["2024-05-17", { date: "2024-05-17", precision: "DAY" }],
    ["2024-02-29", { date: "2024-02-29", precision: "DAY" }],
    [" 2024-05 ", { date: "2024-05-01", precision: "MONTH" }],
    ["", null],
    [null, null],
    [undefined, null],
  ])("published on %j reads as %j", (publishedOn, expected) => {
    const parsed = parse({ publishedOn });
    expect(parsed.success && parsed.data.publishedOn).toEqual(expected);
  });

  it.each<[string]>([["2024-13-01"], ["2024-13"], ["2023-02-29"], ["2024-00"], ["someday"], ["17.05.2024"], ["24"], ["2024-5"]])("published on %j is refused, naming the format and the value", (publishedOn) => {
    const parsed = parse({ publishedOn });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["publishedOn", `must be a real date written YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year); it is "${publishedOn}"`]]);
  });

  it("published on not text is refused, naming the format", () => {
    expect(parse({ publishedOn: 2024 }).error?.issues.map((i) => i.message)).toEqual(["must be a date written YYYY-MM-DD, YYYY-MM or YYYY"]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["title", { title: "" }, "is required"],
    ["title", { title: "x".repeat(501) }, "must be at most 500 characters"],
    ["publisher", { publisher: "x".repeat(301) }, "must be at most 300 characters"],
    ["authors", { authors: "x".repeat(501) }, "must be at most 500 characters"],
    ["note", { note: "x".repeat(4001) }, "must be at most 4000 characters"],
  ])("%s: %j refused", (field, over, message) => {
    expect(parse(over).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([[field, message]]);
  });
});

describe("checkSource", () => {
  it("passes a valid JSON source, carrying its line and present fields", () => {
    const value = jsonSource({ authors: undefined });
    delete value.authors;
    expect(checkJsonSource(value)).toEqual({
      ok: true,
      value: {
        externalId: "src-1",
        kind: "OFFICIAL",
        title: "Press release",
        publisher: "ICC",
        authors: null,
        url: "https://www.icc-cpi.int/news",
        publishedOn: { date: "2023-03-17", precision: "DAY" },
        note: null,
        line: 2,
        present: new Set(["externalId", "kind", "title", "publisher", "url", "publishedOn", "note"]),
      },
    });
  });

  it.each<[string, unknown]>([
    ["a string", "src-1"],
    ["an array", []],
  ])("refuses %s: must be an object", (_what, value) => {
    expect(problemsOf(checkJsonSource(value))).toEqual([{ column: "(the record)", message: "must be an object: one source." }]);
  });

  it("names each unknown field, listing the fields", () => {
    expect(problemsOf(checkJsonSource(jsonSource({ colour: 1, slug: "x" })))).toEqual([
      { column: "colour", message: "is not a field of this import (the fields are: externalId, kind, title, publisher, authors, url, publishedOn, note)." },
      { column: "slug", message: "is not a field of this import (the fields are: externalId, kind, title, publisher, authors, url, publishedOn, note)." },
    ]);
  });

  it("reports every problem at once, messages ending with a full stop", () => {
    expect(problemsOf(checkJsonSource(jsonSource({ kind: "press", url: "javascript:alert(1)", publishedOn: "someday", title: "" })))).toEqual([
      { column: "kind", message: 'must be "official", "other" or "synthetic".' },
      { column: "title", message: "is required." },
      { column: "url", message: "must be a web address starting with http:// or https://." },
      { column: "publishedOn", message: 'must be a real date written YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year); it is "someday".' },
    ]);
  });
});

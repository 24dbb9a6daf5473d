import { describe, expect, it } from "vitest";
import { CASE_COLUMNS, IMPORT_COLUMNS, IMPORT_JSON_EXAMPLES, MILESTONE_COLUMNS, normaliseHeader, SOURCE_COLUMNS, templateHeader } from "./columns";
import { checkCase, checkMilestone, checkSource, csvHeader, jsonRecord } from "./records";
import { IMPORT_KINDS, type ImportKind } from "./types";

describe("normaliseHeader", () => {
  it.each<[string, string]>([
    ["accused_name", "accused_name"],
    ["Accused name", "accused_name"],
    ["accused-name", "accused_name"],
    [" ACCUSED_NAME ", "accused_name"],
    ["Accused  -  Name", "accused_name"],
    ["Accused\tname", "accused_name"],
    ["EXTERNAL ID", "external_id"],
    ["Source-Locators", "source_locators"],
    ["", ""],
    ["   ", ""],
    // Only case, spaces and hyphens are forgiven: other characters stay, so a misspelt header is refused.
    ["accused.name", "accused.name"],
    ["accusedname", "accusedname"],
  ])("%j reads as %j", (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });

  it("leaves every column name as it is", () => {
    for (const kind of IMPORT_KINDS) for (const column of IMPORT_COLUMNS[kind]) expect(normaliseHeader(column.name)).toBe(column.name);
  });
});

describe("IMPORT_COLUMNS", () => {
  it.each<[ImportKind, readonly { name: string }[]]>([
    ["cases", CASE_COLUMNS],
    ["milestones", MILESTONE_COLUMNS],
    ["sources", SOURCE_COLUMNS],
  ])("%s: the kind's list", (kind, columns) => {
    expect(IMPORT_COLUMNS[kind]).toBe(columns);
  });

  it.each(IMPORT_KINDS)("%s: external_id comes first and is required; no column twice; every column described", (kind) => {
    const columns = IMPORT_COLUMNS[kind];
    expect(columns[0]).toMatchObject({ name: "external_id", required: true });
    const names = columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of columns) {
      expect(c.name).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(c.description.trim()).not.toBe("");
    }
  });

  it.each<[ImportKind, string[]]>([
    ["cases", ["external_id", "title", "forum", "situation", "stage", "stage_date", "accused_id"]],
    ["milestones", ["external_id", "date", "title", "description", "track", "type", "sources"]],
    ["sources", ["external_id", "title"]],
  ])("%s: the required columns", (kind, required) => {
    expect(IMPORT_COLUMNS[kind].filter((c) => c.required).map((c) => c.name)).toEqual(required);
  });
});

describe("templateHeader", () => {
  it.each(IMPORT_KINDS)("%s: the kind's column names, in order", (kind) => {
    expect(templateHeader(kind)).toEqual(IMPORT_COLUMNS[kind].map((c) => c.name));
  });

  it.each(IMPORT_KINDS)("%s: the template's header is one the import reads", (kind) => {
    const header = csvHeader(kind, templateHeader(kind));
    expect([...header.index.keys()]).toEqual(templateHeader(kind));
  });

  it("starts the cases template as the page shows it", () => {
    expect(templateHeader("cases").slice(0, 3)).toEqual(["external_id", "reference", "title"]);
  });
});

describe("IMPORT_JSON_EXAMPLES are records the import accepts", () => {
  it("cases", () => {
    const checked = checkCase(jsonRecord(IMPORT_JSON_EXAMPLES.cases, 2, 30));
    expect(checked).toMatchObject({ ok: true, value: { externalId: "case-0001", accusedExternalIds: ["person-0001"], sourceRefs: ["source-0001"] } });
  });
  it("milestones", () => {
    expect(checkMilestone(jsonRecord(IMPORT_JSON_EXAMPLES.milestones, 2, 20))).toMatchObject({ ok: true, value: { externalId: "milestone-0001", sourceRefs: ["source-0001"] } });
  });
  it("sources", () => {
    expect(checkSource(jsonRecord(IMPORT_JSON_EXAMPLES.sources, 2, 10))).toMatchObject({ ok: true, value: { externalId: "source-0001", kind: "OFFICIAL" } });
  });
});

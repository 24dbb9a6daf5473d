import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_COLUMNS } from "@/lib/core/import/columns";
import { checkCase, csvCaseRecord, csvHeader } from "@/lib/core/import/records";
import { IMPORT_HEADER, IMPORT_PREFIX, importCaseLines, importCases, writeImportFile } from "./import-csv";

const header = csvHeader("cases", [...IMPORT_HEADER]);
const rowsOf = (lines: string, firstLine = 2) =>
  lines.trimEnd().split("\n").map((line, i) => ({ line: firstLine + i, lastLine: firstLine + i, fields: line.split(",") }));

describe("the bench's import file", () => {
  it("uses only the import's columns, with every required one", () => {
    const names = CASE_COLUMNS.map((c) => c.name);
    for (const column of IMPORT_HEADER) expect(names).toContain(column);
    for (const column of CASE_COLUMNS.filter((c) => c.required)) expect(IMPORT_HEADER).toContain(column.name);
  });

  it.each([1, 2, 7, 12, 199_999])("case %d is two rows the import's own checks accept", (i) => {
    const rows = rowsOf(importCaseLines(i));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.fields).toHaveLength(IMPORT_HEADER.length);
    const checked = checkCase(csvCaseRecord(header, rows));
    expect(checked).toMatchObject({ ok: true });
    if (!checked.ok) return;
    expect(checked.value.externalId).toBe(`${IMPORT_PREFIX}case-${i}`);
    expect(checked.value.accusedExternalIds).toEqual([`${IMPORT_PREFIX}accused-${i}`]);
    expect(checked.value.input.charges).toHaveLength(2);
    expect(checked.value.input.isSynthetic).toBe(true);
    expect(checked.value.input.title).toMatch(/^Synthetic/);
  });

  it("gives every case its own ids and case number", () => {
    const [a, b] = [importCaseLines(1), importCaseLines(2)].map((lines) => rowsOf(lines)[0]!.fields);
    expect(a![0]).not.toBe(b![0]);
    expect(a![1]).not.toBe(b![1]);
    expect(a![7]).not.toBe(b![7]);
  });

  it.each<[number, number]>([
    [200_000, 100_000],
    [5_000, 2_500],
    [5_001, 2_500],
    [1, 1],
  ])("%d rows asked are %d cases", (rows, cases) => {
    expect(importCases(rows)).toBe(cases);
  });

  it("writes the header and two rows per case", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-csv-"));
    try {
      const file = path.join(dir, "cases.csv");
      await writeImportFile(file, 3);
      const lines = readFileSync(file, "utf8").trimEnd().split("\n");
      expect(lines[0]).toBe(IMPORT_HEADER.join(","));
      expect(lines).toHaveLength(1 + 3 * 2);
      expect(lines.slice(1).join("\n") + "\n").toBe(importCaseLines(1) + importCaseLines(2) + importCaseLines(3));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

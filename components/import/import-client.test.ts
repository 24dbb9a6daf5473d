import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import type { ImportRowReport } from "@/lib/core/import/types";
import { asImportEvent, formatOfFileName, importUrl, linesLabel, readJsonLines, recordHref, refusalFrom, reportCsv, reportFileName, sameFile } from "./import-client";
import { RowStore } from "./row-store";

const row = (over: Partial<ImportRowReport> = {}): ImportRowReport => ({ line: 2, lastLine: 2, externalId: "x", outcome: "created", slug: "x", problems: [], ...over });

/** A stream that delivers exactly these byte chunks. */
function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

describe("formatOfFileName", () => {
  it.each([
    ["cases.csv", "csv"],
    ["Cases.CSV", "csv"],
    ["dump.json", "json"],
    ["a.b.json", "json"],
    ["cases.xlsx", null],
    ["cases", null],
    ["csv", null],
    ["cases.csv.txt", null],
  ])("%s gives %s", (name, format) => {
    expect(formatOfFileName(name)).toBe(format);
  });
});

describe("importUrl", () => {
  it("names the kind, the format and whether it is a check", () => {
    expect(importUrl("sources", "csv", true)).toBe("/api/v1/imports?kind=sources&format=csv&dryRun=true");
    expect(importUrl("cases", "json", false)).toBe("/api/v1/imports?kind=cases&format=json&dryRun=false");
  });
});

describe("sameFile", () => {
  const a = { name: "a.csv", size: 10, lastModified: 1 };
  it.each([
    [a, a, true],
    [a, { ...a }, true],
    [a, { ...a, size: 11 }, false],
    [a, { ...a, lastModified: 2 }, false],
    [a, { ...a, name: "b.csv" }, false],
    [a, null, false],
    [null, null, false],
  ])("%j and %j: %s", (x, y, same) => {
    expect(sameFile(x, y)).toBe(same);
  });
});

describe("readJsonLines", () => {
  const text = '{"type":"progress","records":0}\n{"type":"row","externalId":"Київ"}\n{"type":"done"}';
  const bytes = new TextEncoder().encode(text);

  it("reads lines split anywhere across chunks, even inside a character", async () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      const values: unknown[] = [];
      await readJsonLines(streamOf([bytes.slice(0, cut), bytes.slice(cut)]), (v) => values.push(v));
      expect(values).toEqual([{ type: "progress", records: 0 }, { type: "row", externalId: "Київ" }, { type: "done" }]);
    }
  });

  it("reads a stream delivered one byte at a time, with blank lines and a final newline", async () => {
    const all = new TextEncoder().encode(`${text}\n\n`);
    const values: unknown[] = [];
    await readJsonLines(streamOf([...all].map((b) => Uint8Array.of(b))), (v) => values.push(v));
    expect(values).toHaveLength(3);
  });

  it("fails on a line that is not JSON", async () => {
    await expect(readJsonLines(streamOf([new TextEncoder().encode("{oops}\n")]), () => {})).rejects.toThrow();
  });
});

describe("asImportEvent", () => {
  it.each([
    [{ type: "row" }, true],
    [{ type: "done" }, true],
    [{ type: "progress" }, true],
    [{ type: "error" }, true],
    [{ type: "other" }, false],
    [null, false],
    ["row", false],
  ])("%j: %s", (value, known) => {
    expect(asImportEvent(value) !== null).toBe(known);
  });
});

describe("refusalFrom", () => {
  it("keeps the endpoint's message and field errors", () => {
    const r = refusalFrom(400, { error: { code: "invalid_input", message: "Bad", errors: [{ parameter: "kind", message: "kind: is required" }, { bogus: 1 }] } });
    expect(r).toEqual({ status: 400, code: "invalid_input", message: "Bad", errors: [{ parameter: "kind", message: "kind: is required" }] });
  });
  it.each([
    [401, "You are no longer signed in."],
    [413, "The file is too large for the tracker to accept."],
    [500, "The tracker answered with an error (HTTP 500)."],
  ])("says something for %i without a body", (status, message) => {
    expect(refusalFrom(status, null).message).toBe(message);
  });
  it("words the endpoint's English in the page's language", () => {
    const body = { error: { code: "invalid_input", message: "Sign in to do this.", errors: [{ parameter: "kind", message: "kind: is required" }] } };
    expect(refusalFrom(400, body, undefined, "uk")).toEqual({ status: 400, code: "invalid_input", message: "Увійдіть, щоб зробити це.", errors: [{ parameter: "kind", message: "kind: обов’язкове поле" }] });
    expect(refusalFrom(400, body, undefined, "en").message).toBe("Sign in to do this.");
  });
});

describe("linesLabel and recordHref", () => {
  it("shows a range only for a record over several lines", () => {
    expect(linesLabel({ line: 4, lastLine: 4 })).toBe("4");
    expect(linesLabel({ line: 4, lastLine: 6 })).toBe("4–6");
  });
  it.each([
    ["cases", row(), true, "/cases/x"],
    ["cases", row(), false, null],
    ["cases", row({ outcome: "updated" }), false, "/cases/x"],
    ["milestones", row({ outcome: "unchanged" }), false, "/milestones/x"],
    ["sources", row(), true, null],
    ["cases", row({ outcome: "rejected", slug: null }), true, null],
  ] as const)("%s %j written=%s: %s", (kind, r, written, href) => {
    expect(recordHref(kind, r, written)).toBe(href);
  });
});

describe("reportCsv", () => {
  it("writes one line per problem and one for a record without any", () => {
    const rows = [row(), row({ line: 3, lastLine: 5, externalId: "=bad", outcome: "rejected", slug: null, problems: [{ column: "title", message: "Is required" }, { column: "url", message: "Not a web address" }] })];
    const [header, ...lines] = parseCsv(reportCsv(rows, false), { bom: true });
    expect(header).toEqual(["First line", "Last line", "External id", "Outcome", "Record", "Column", "Reason"]);
    expect(lines).toEqual([
      ["2", "2", "x", "Would be created", "x", "", ""],
      ["3", "5", "'=bad", "Rejected", "", "title", "Is required"],
      ["3", "5", "'=bad", "Rejected", "", "url", "Not a web address"],
    ]);
  });
  it("gives the reasons in the page's language, the column names and outcomes in English", () => {
    const rows = [row({ outcome: "rejected", slug: null, problems: [{ column: "url", message: "must be a web address starting with http:// or https://" }] })];
    const [header, ...lines] = parseCsv(reportCsv(rows, false, "uk"), { bom: true });
    expect(header).toEqual(["First line", "Last line", "External id", "Outcome", "Record", "Column", "Reason"]);
    expect(lines).toEqual([["2", "2", "x", "Rejected", "", "url", "Має бути вебадресою, що починається з http:// або https://"]]);
    expect(parseCsv(reportCsv(rows, false), { bom: true })[1]![6]).toBe("Must be a web address starting with http:// or https://");
  });
  it("names the file after the one imported", () => {
    expect(reportFileName("my cases.csv", true)).toBe("my-cases-check-report.csv");
    expect(reportFileName("dump.json", false)).toBe("dump-import-report.csv");
    // The user's own file name, letters kept: not transliterated like a slug (decision 038).
    expect(reportFileName("справи 2024.csv", true)).toBe("справи-2024-check-report.csv");
  });
});

describe("RowStore", () => {
  it("keeps rows in file order, counts outcomes and pages through a filter", () => {
    const store = new RowStore();
    for (let i = 0; i < 1000; i++) {
      store.push(row({ line: i + 2, lastLine: i + 2, externalId: `id-${i}`, outcome: i % 10 === 0 ? "rejected" : "created", slug: i % 10 === 0 ? null : `s-${i}`, problems: i % 10 === 0 ? [{ column: "title", message: "Is required" }] : [] }));
    }
    expect(store.length).toBe(1000);
    expect(store.counts()).toEqual({ created: 900, updated: 0, unchanged: 0, rejected: 100 });
    expect(store.size("rejected")).toBe(100);
    expect(store.slice("all", 0, 2).map((r) => r.externalId)).toEqual(["id-0", "id-1"]);
    const page = store.slice("rejected", 95, 200);
    expect(page.map((r) => r.line)).toEqual([952, 962, 972, 982, 992]);
    expect(page[0]!.problems).toEqual([{ column: "title", message: "Is required" }]);
    expect(store.get(1)).toEqual(row({ line: 3, lastLine: 3, externalId: "id-1", slug: "s-1" }));
    expect([...store.all()]).toHaveLength(1000);
  });
});

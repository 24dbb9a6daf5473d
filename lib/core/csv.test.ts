import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvRecord, toCsv, UTF8_BOM } from "./csv";

/** One field as a record of its own, without the line end. */
const field = (value: string | number | boolean | null | undefined) => csvRecord([value]).slice(0, -2);

describe("a field", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    [null, ""],
    [undefined, ""],
    [42, "42"],
    [true, "true"],
    [false, "false"],
    ["a,b", '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ["line one\nline two", '"line one\nline two"'],
    ["line one\rline two", '"line one\rline two"'],
    ["line one\r\nline two", '"line one\r\nline two"'],
    ["Мар'яна Коваль", "Мар'яна Коваль"],
    ["Володимир Путін, Марія Львова-Бєлова", '"Володимир Путін, Марія Львова-Бєлова"'],
    // Formula injection: neutralised with a leading single quote (OWASP).
    ["=HYPERLINK(\"http://evil\")", '"\'=HYPERLINK(""http://evil"")"'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tindented", "'\tindented"],
    ["\rcarriage", "\"'\rcarriage\""],
    ["=1,2", "\"'=1,2\""],
    ["＝1+1", "'＝1+1"],
    // A negative number is a number, not a formula.
    [-2, "-2"],
    // Not at the start: left alone.
    ["a=b", "a=b"],
    ["2024-10", "2024-10"],
    ["Lvova-Belova", "Lvova-Belova"],
  ] as const)("%j becomes %j", (value, expected) => {
    expect(field(value)).toBe(expected);
  });
});

describe("records and tables", () => {
  it("ends each record in CRLF", () => {
    expect(csvRecord(["a", "b,c", null])).toBe('a,"b,c",\r\n');
    expect(csvRecord([""])).toBe("\r\n");
  });

  it("starts with a BOM only when asked", () => {
    expect(toCsv(["Name"], [["Іван"]], { bom: true })).toBe(`${UTF8_BOM}Name\r\nІван\r\n`);
    expect(toCsv(["Name"], [["Іван"]])).toBe("Name\r\nІван\r\n");
    expect(toCsv(["Name"], [], { bom: true })).toBe(`${UTF8_BOM}Name\r\n`);
  });

  it("reads back what it writes, quotes and line breaks included", () => {
    const rows = [
      ["ICC-01/22", 'The "children" case', "first line\nsecond, with comma"],
      ["", "Полковник Іван Тестенко", "=cmd"],
    ];
    const parsed = parse(toCsv(["Case number", "Title", "Notes"], rows, { bom: true }), { bom: true });
    expect(parsed).toEqual([["Case number", "Title", "Notes"], rows[0], ["", "Полковник Іван Тестенко", "'=cmd"]]);
  });
});

import { describe, expect, it } from "vitest";
import { MAX_CSV_RECORD_BYTES, readCsv, type CsvRecord } from "./csv-reader";
import { ImportFileError } from "./types";

/**
 * The text cut into chunks of `size` characters (Infinity: whole). Never inside a character, as
 * decodeUtf8 never cuts one.
 */
async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  if (size === Infinity) {
    yield text;
    return;
  }
  const characters = Array.from(text);
  for (let i = 0; i < characters.length; i += size) yield characters.slice(i, i + size).join("");
}

async function readAll(text: string, size = Infinity): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of readCsv(chunksOf(text, size))) records.push(record);
  return records;
}

async function errorOf(text: string, size = Infinity): Promise<ImportFileError> {
  try {
    await readAll(text, size);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error("no error");
}

const SIZES = [1, 2, 3, 7, Infinity];

/** [line, lastLine, fields] */
type Expected = [number, number, string[]][];
const records = (expected: Expected): CsvRecord[] => expected.map(([line, lastLine, fields]) => ({ line, lastLine, fields }));

describe("readCsv reads, whatever the chunks", () => {
  it.each<[string, string, Expected]>([
    ["LF line ends", "a,b\n1,2\n", [[1, 1, ["a", "b"]], [2, 2, ["1", "2"]]]],
    ["CRLF line ends", "a,b\r\n1,2\r\n", [[1, 1, ["a", "b"]], [2, 2, ["1", "2"]]]],
    ["lone CR line ends", "a,b\r1,2\r", [[1, 1, ["a", "b"]], [2, 2, ["1", "2"]]]],
    ["no line end at the end", "a,b\r\n1,2", [[1, 1, ["a", "b"]], [2, 2, ["1", "2"]]]],
    ["a leading BOM", "\uFEFFname,id\r\nЖ,1\r\n", [[1, 1, ["name", "id"]], [2, 2, ["Ж", "1"]]]],
    ["blank lines skipped, still counted", "a\n\n\r\n\rb\n\n", [[1, 1, ["a"]], [5, 5, ["b"]]]],
    ["a line of spaces is a record", "a\n  \n", [[1, 1, ["a"]], [2, 2, ["  "]]]],
    ["fields not trimmed", " a , b \n", [[1, 1, [" a ", " b "]]]],
    ["empty fields", ",a,,\n,\n", [[1, 1, ["", "a", "", ""]], [2, 2, ["", ""]]]],
    ["an empty quoted field", '"",x\n""\n', [[1, 1, ["", "x"]], [2, 2, [""]]]],
    ["a comma inside quotes", 'a,"b,c",d\n', [[1, 1, ["a", "b,c", "d"]]]],
    ["doubled quotes", '"say ""hi""",""""\n', [[1, 1, ['say "hi"', '"']]]],
    ["an LF inside quotes", 'h\n"one\ntwo",x\nnext\n', [[1, 1, ["h"]], [2, 3, ["one\ntwo", "x"]], [4, 4, ["next"]]]],
    ["a CRLF inside quotes", 'h\r\n"one\r\ntwo\r\n\r\nthree"\r\nnext\r\n', [[1, 1, ["h"]], [2, 5, ["one\r\ntwo\r\n\r\nthree"]], [6, 6, ["next"]]]],
    ["a lone CR inside quotes", '"a\rb"\rc', [[1, 2, ["a\rb"]], [3, 3, ["c"]]]],
    ["quoted last field at the end of the file", 'a,"b"', [[1, 1, ["a", "b"]]]],
    ["a trailing comma at the end of the file", "a,", [[1, 1, ["a", ""]]]],
    ["Ukrainian and emoji", "Прізвище,✓\n\"Шевченко, Т.\",🙂\n", [[1, 1, ["Прізвище", "✓"]], [2, 2, ["Шевченко, Т.", "🙂"]]]],
    ["an empty file", "", []],
    ["only a BOM and blank lines", "\uFEFF\r\n\r\n", []],
  ])("%s", async (_name, text, expected) => {
    for (const size of SIZES) {
      expect(await readAll(text, size), `chunks of ${size}`).toEqual(records(expected));
    }
  });

  it("a larger file reads the same in chunks of 1, 2, 3, 7 and whole", async () => {
    const rows = ["id,name,notes"];
    for (let r = 0; r < 200; r++) {
      rows.push(`${r},"Name ${r}, ""quoted""","line one\r\nline two"`, `${r}b,plain ${r},`);
    }
    const text = `\uFEFF${rows.join("\r\n")}\r\n`;
    const whole = await readAll(text);
    expect(whole).toHaveLength(401);
    expect(whole[400]).toEqual({ line: 601, lastLine: 601, fields: ["199b", "plain 199", ""] });
    expect(whole[399]).toEqual({ line: 599, lastLine: 600, fields: ["199", 'Name 199, "quoted"', "line one\r\nline two"] });
    for (const size of [1, 2, 3, 7, 4096]) expect(await readAll(text, size)).toEqual(whole);
  });
});

describe("readCsv refuses malformed text, naming the line", () => {
  it.each<[string, string, number, string]>([
    ["a quote never closed", 'a,b\n1,"two\nthree\n', 2, 'line 2: field 2 of the record starting on line 2 opens a quote (") that is never closed'],
    ["a quote never closed after a multi-line record and blank lines", 'a\r\n"x\r\ny"\r\n\r\n\n"open\r\n', 6, "line 6: field 1 of the record starting on line 6 opens a quote"],
    ["a quote in the middle after a CRLF inside quotes", 'a,b\r\n"1\r\n2",x"y\r\n', 3, 'line 3: field 2 has a quote (") in the middle'],
    ["a quote in the middle of a field", 'a,b\n1,2\n3,4"5\n', 3, 'line 3: field 2 has a quote (") in the middle'],
    ["text after the closing quote", 'a,b\n"x\ny"z,1\n', 3, "line 3: field 1 has text after its closing quote"],
    ["a space after the closing quote", '"x" ,1\n', 1, "line 1: field 1 has text after its closing quote"],
    ["after blank lines and CRLF", 'a\r\n\r\n\r\nb"c\r\n', 4, "line 4: field 1 has a quote"],
  ])("%s", async (_name, text, line, message) => {
    for (const size of SIZES) {
      const error = await errorOf(text, size);
      expect(error.line, `chunks of ${size}`).toBe(line);
      expect(error.message).toContain(message);
    }
  });

  it("a record over 1 MB (a runaway quote), naming the line it starts on", async () => {
    const text = `a,b\n1,2\n3,"runaway\n${"x,".repeat(MAX_CSV_RECORD_BYTES / 2)}\n4,5\n`;
    for (const size of [7, 65_536, Infinity]) {
      const error = await errorOf(text, size);
      expect(error.line).toBe(3);
      expect(error.message).toBe('line 3: the record starting on line 3 is longer than 1 MB: a quote (") is probably not closed');
    }
  });

  it("yields the records before the error", async () => {
    const seen: number[] = [];
    await expect(async () => {
      for await (const record of readCsv(chunksOf('a\nb\n"c', 1))) seen.push(record.line);
    }).rejects.toThrow(ImportFileError);
    expect(seen).toEqual([1, 2]);
  });
});

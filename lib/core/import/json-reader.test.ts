import { describe, expect, it } from "vitest";
import { MAX_JSON_ELEMENT_BYTES, readJson, type JsonItem } from "./json-reader";
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

async function readAll(text: string, size = Infinity): Promise<JsonItem[]> {
  const items: JsonItem[] = [];
  for await (const item of readJson(chunksOf(text, size))) items.push(item);
  return items;
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

const element = (array: string | null, index: number, line: number, lastLine: number, value: unknown): JsonItem => ({
  kind: "element",
  array,
  index,
  line,
  lastLine,
  value,
});
const member = (key: string, line: number, value: unknown): JsonItem => ({ kind: "member", key, line, value });

describe("readJson reads, whatever the chunks", () => {
  it.each<[string, string, JsonItem[]]>([
    ["an empty array", "[]", []],
    ["an array of records, one a line", '[\n{"a":1},\n{"a":2}\n]\n', [element(null, 0, 2, 2, { a: 1 }), element(null, 1, 3, 3, { a: 2 })]],
    ["a BOM and whitespace first", '\uFEFF \r\n\t[{"a":1}]', [element(null, 0, 2, 2, { a: 1 })]],
    [
      "a record over several lines (CRLF)",
      '[\r\n  {\r\n    "a": [1, 2],\r\n    "b": {"c": null}\r\n  }\r\n]',
      [element(null, 0, 2, 5, { a: [1, 2], b: { c: null } })],
    ],
    ["lone CR line ends", '[\r{"a":1},\r{"a":2}]', [element(null, 0, 2, 2, { a: 1 }), element(null, 1, 3, 3, { a: 2 })]],
    ["scalars, strings and nested arrays as elements", '[1, -2.5e3, true, null, "x", [], [[1],{}]]', [
      element(null, 0, 1, 1, 1),
      element(null, 1, 1, 1, -2500),
      element(null, 2, 1, 1, true),
      element(null, 3, 1, 1, null),
      element(null, 4, 1, 1, "x"),
      element(null, 5, 1, 1, []),
      element(null, 6, 1, 1, [[1], {}]),
    ]],
    [
      "escapes and brackets inside strings",
      String.raw`[{"q":"say \"hi\" {[","b":"back\\","u":"\u0416\u0436","t":"a\tb\/c"},"\\\"]"]`,
      [element(null, 0, 1, 1, { q: 'say "hi" {[', b: "back\\", u: "Жж", t: "a\tb/c" }), element(null, 1, 1, 1, '\\"]')],
    ],
    ["multi-byte characters and emoji", '[{"name":"Шевченко 🙂"}]', [element(null, 0, 1, 1, { name: "Шевченко 🙂" })]],
    ["an empty object", "{}", []],
    [
      "the dump's shape: arrays read element by element, other members whole",
      [
        '{"format":"tracker-dump","version":1,"exportedAt":"2025-06-01T10:00:00.000Z",',
        '"users":[',
        '{"id":1,"name":"A","role":"ADMIN"},',
        '{"id":2,"name":"B \\"Б\\"","role":"ANALYST"}',
        '],',
        '"sources":[],',
        '"cases":[{"id":7,"accusedIds":[1,2],"sources":[{"sourceId":3,"locator":"p. 4"}]}],',
        '"counts":{"users":2,"sources":0,"cases":1}}',
        "",
      ].join("\n"),
      [
        member("format", 1, "tracker-dump"),
        member("version", 1, 1),
        member("exportedAt", 1, "2025-06-01T10:00:00.000Z"),
        element("users", 0, 3, 3, { id: 1, name: "A", role: "ADMIN" }),
        element("users", 1, 4, 4, { id: 2, name: 'B "Б"', role: "ANALYST" }),
        element("cases", 0, 7, 7, { id: 7, accusedIds: [1, 2], sources: [{ sourceId: 3, locator: "p. 4" }] }),
        member("counts", 8, { users: 2, sources: 0, cases: 1 }),
      ],
    ],
    ["a member whose value is last, a number", '{"a":[1],"n":12}', [element("a", 0, 1, 1, 1), member("n", 1, 12)]],
    ["whitespace everywhere", ' { "a" : [ 1 , 2 ] , "b" : "x" } \n', [element("a", 0, 1, 1, 1), element("a", 1, 1, 1, 2), member("b", 1, "x")]],
  ])("%s", async (_name, text, expected) => {
    for (const size of SIZES) {
      expect(await readAll(text, size), `chunks of ${size}`).toEqual(expected);
    }
  });

  it("a larger document reads the same in chunks of 1, 2, 3, 7 and whole", async () => {
    const cases = Array.from({ length: 300 }, (_, k) => ({ id: k, title: `Справа ${k} "x" \\ ${"🙂".repeat(k % 3)}`, list: [k, { deep: [k] }] }));
    const text = `{"format":"tracker-dump","cases":[\n${cases.map((c) => JSON.stringify(c)).join(",\n")}\n],"counts":{"cases":300}}`;
    const whole = await readAll(text);
    expect(whole).toHaveLength(302);
    expect(whole[301]).toEqual(member("counts", 302, { cases: 300 }));
    expect(whole.slice(1, 301).map((item) => (item.kind === "element" ? item.value : null))).toEqual(cases);
    for (const size of [1, 2, 3, 7, 4096]) expect(await readAll(text, size)).toEqual(whole);
  });
});

describe("readJson refuses malformed JSON, naming the line", () => {
  it.each<[string, string, number | null, string]>([
    ["an empty file", "", null, "the file is empty: the file must hold a JSON array of records or an object"],
    ["only whitespace", " \n ", null, "the file is empty"],
    ["a top-level string", '"cases"', 1, 'line 1: the file must hold a JSON array of records or an object; it starts with "\\""'],
    ["a top-level number after blank lines", "\n\n42", 3, "line 3: the file must hold a JSON array of records or an object"],
    ["a missing comma between elements", '[\n{"a":1}\n{"a":2}\n]', 3, 'line 3: a comma or ] is missing after record 1: found "{"'],
    ["a missing comma in a dump array", '{"users":[\n{"id":1},\n{"id":2} {"id":3}]}', 3, 'line 3: a comma or ] is missing after record 2 of "users"'],
    ["a trailing comma in an array", "[1,\n2,\n]", 3, "line 3: a comma is followed by ]"],
    ["a trailing comma in the object", '{"a":1,\n}', 2, "line 2: a comma is followed by }"],
    ["text after the document", '[{"a":1}]\n\nmore', 3, 'line 3: there is text after the end of the JSON document: "m"'],
    ["a second document", "[]\n[]", 2, "line 2: there is text after the end of the JSON document"],
    ["a string never closed", '[\n{"a":"open}\n]', 2, 'line 2: a string (") opened on line 2 is not closed before the end of the line'],
    ["a string never closed at the end of the file", '[\n{"a":"open', 2, 'line 2: a string (") opened on line 2 is never closed'],
    ["the file cut short inside a record", '[\n{"a":\n[1,', 3, "line 3: the file ends in the middle of record 1, which starts on line 2: it may be cut short"],
    ["the file cut short between records", '[{"a":1},\n', 2, "line 2: the file ends before the JSON array is closed with ]"],
    ["the dump cut short", '{"users":[{"id":1}]', 1, "line 1: the file ends before the JSON object is closed with }"],
    ["a number at the end of a cut file", "[1, 2", 1, "the file ends before the JSON array is closed"],
    ["mismatched brackets", '[\n{"a":[1}\n]', 2, "line 2: } closes a [: a ] is missing"],
    ["an invalid value inside a record (the line of the fault)", '[\n{"a":\ntru}\n]', 3, 'line 3: record 1 is not valid JSON: "}" is not expected there'],
    ["a trailing comma inside a record (the line of the fault)", '[\n{"a":1,\n\n"b":2,\r\n}\n]', 5, 'line 5: record 1 is not valid JSON: "}" is not expected there'],
    ["a bad literal as an element", "[1,\nnul]", 2, "line 2: record 2 is not valid JSON"],
    ["a missing colon", '{"a" 1}', 1, 'line 1: a colon (:) is missing after "a": found "1"'],
    ["a member name not in quotes", "{a:1}", 1, 'line 1: expected a member name in quotes, found "a"'],
    ["a missing comma between members", '{"a":1\n"b":2}', 2, 'line 2: a comma or } is missing after "a"'],
    ["a raw tab in a string", '["a\tb"]', 1, "line 1: a string holds a control character (code 9)"],
    ["a bad escape", String.raw`["\x"]`, 1, "line 1: record 1 is not valid JSON"],
  ])("%s", async (_name, text, line, message) => {
    for (const size of SIZES) {
      const error = await errorOf(text, size);
      expect(error.line, `chunks of ${size}`).toBe(line);
      expect(error.message).toContain(message);
    }
  });

  it("an element over 16 MB, naming the line it starts on", async () => {
    const text = `{"format":"x",\n"annotations":[\n{"body":"${"a".repeat(MAX_JSON_ELEMENT_BYTES)}"}]}`;
    for (const size of [65_536, Infinity]) {
      const error = await errorOf(text, size);
      expect(error.line).toBe(3);
      expect(error.message).toBe('line 3: record 1 of "annotations", starting on line 3, is larger than 16 MB');
    }
  });

  it("JSON nested 100,000 levels deep is a file error naming the line, not a crash (security review, defect 4)", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    for (const text of [`[\n{"a":1},\n{"a":${deep}}\n]`, `{"format":"x",\n"users":[\n${deep}]}`]) {
      for (const size of [65_536, Infinity]) {
        const error = await errorOf(text, size);
        expect(error.line).toBe(3);
        expect(error.message).toMatch(/nested more than 64 levels deep/);
      }
    }
  });

  it("yields the elements before the error", async () => {
    const seen: number[] = [];
    await expect(async () => {
      for await (const item of readJson(chunksOf("[1,2,3 4]", 1))) if (item.kind === "element") seen.push(item.value as number);
    }).rejects.toThrow(ImportFileError);
    expect(seen).toEqual([1, 2, 3]);
  });
});

import { describe, expect, it } from "vitest";
import { documentFieldsSchema, documentPageUrl, formatSize, titleFromFileName } from "./document-input";

describe("documentFieldsSchema", () => {
  it.each([
    [{}, { title: null, language: null }],
    [{ title: "", language: "" }, { title: null, language: null }],
    [{ title: "  Arrest warrant  ", language: "en" }, { title: "Arrest warrant", language: "en" }],
    [{ title: "Ухвала суду", language: " uk " }, { title: "Ухвала суду", language: "uk" }],
  ])("reads %j", (input, expected) => {
    expect(documentFieldsSchema.parse(input)).toEqual(expected);
  });

  it.each([
    [{ language: "ru" }, "language"],
    [{ title: "x".repeat(301) }, "title"],
    [{ title: "a\u0000b" }, "title"],
    [{ colour: "red" }, ""],
  ])("refuses %j, naming %j", (input, path) => {
    const parsed = documentFieldsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path.join(".")).toBe(path);
  });
});

describe("titleFromFileName and formatSize", () => {
  it.each([
    ["warrant.pdf", "warrant.pdf"],
    ["C:\\Users\\ana\\Ухвала.pdf", "Ухвала.pdf"],
    ["../../etc/passwd", "passwd"],
    ["a\u0007b.txt", "ab.txt"],
    ["  ", null],
    [null, null],
    ["x".repeat(400), "x".repeat(300)],
  ])("%j → %j", (name, title) => expect(titleFromFileName(name)).toBe(title));

  it.each([
    [50 * 1024 * 1024, "50 MB"],
    [1.5 * 1024 * 1024, "1.5 MB"],
    [512 * 1024, "512 KB"],
    [700, "700 bytes"],
  ])("%i bytes → %s", (bytes, text) => expect(formatSize(bytes)).toBe(text));
});

describe("documentPageUrl", () => {
  const sha256 = "ab".repeat(32);
  it("is the document's bytes, at its page when there is one (a cited passage and a passage found by the search alike)", () => {
    expect(documentPageUrl(sha256, 7)).toBe(`/api/v1/documents/${sha256}#page=7`);
    expect(documentPageUrl(sha256, 1)).toBe(`/api/v1/documents/${sha256}#page=1`);
    expect(documentPageUrl(sha256, null)).toBe(`/api/v1/documents/${sha256}`);
  });
});

import { describe, expect, it } from "vitest";
import { createMediaSniffer, looksLikeHtml, servedContentType, sniffMediaType, HEAD_BYTES } from "./media-type";

const bytes = (...parts: (string | number[] | Uint8Array)[]) => {
  const chunks = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const BOM = [0xef, 0xbb, 0xbf];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("sniffMediaType: the kind of a document from its bytes", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.7\n%\xe2\xe3\n1 0 obj"), "application/pdf"],
    ["a PNG scan", bytes(PNG, [0, 0, 0, 13], "IHDR"), "image/png"],
    ["a JPEG scan", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF"), "image/jpeg"],
    ["an HTML page with a doctype", bytes("<!DOCTYPE html>\n<html><body>x</body></html>"), "text/html"],
    ["an HTML page in lower case, after a BOM and blank lines", bytes(BOM, "\n\n  <!doctype html><title>x</title>"), "text/html"],
    ["an HTML page opening with <html>", bytes("<html lang=\"uk\"><body>Привіт</body></html>"), "text/html"],
    ["an HTML page in windows-1251 (not UTF-8)", bytes("<html><meta charset=windows-1251><body>", [0xcf, 0xf0, 0xe8, 0xe2, 0xb3, 0xf2], "</body></html>"), "text/html"],
    ["<html> alone", bytes("<HTML>"), "text/html"],
    ["plain English text", bytes("Article 8(2)(b)(ii) of the Rome Statute.\r\n"), "text/plain"],
    ["plain Ukrainian text with a BOM", bytes(BOM, "Стаття 438 Кримінального кодексу України\tз табуляцією\f"), "text/plain"],
    ["text that merely mentions <html", bytes("The page starts with <html> and then…"), "text/plain"],
    ["text starting <htmlx (not a tag)", bytes("<htmlx>"), "text/plain"],
    ["XML that is not HTML", bytes("<?xml version=\"1.0\"?><svg/>"), "text/plain"],
    ["a file named .pdf whose bytes are text", bytes("not really a PDF"), "text/plain"],
  ])("%s → %s", (_what, file, mediaType) => {
    expect(sniffMediaType(file)).toEqual({ refused: false, mediaType });
  });

  it.each([
    ["a ZIP archive", bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives too)"],
    ["an empty ZIP archive", bytes([0x50, 0x4b, 0x05, 0x06, 0, 0]), "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives too)"],
    ["a Windows program", bytes("MZ", [0x90, 0, 3, 0, 0, 0]), "a Windows program"],
    ["a Linux program", bytes([0x7f], "ELF", [2, 1, 1]), "a program"],
    ["a gzip file", bytes([0x1f, 0x8b, 8, 0]), "a compressed (gzip) file"],
    ["a GIF image", bytes("GIF89a", [1, 0, 1, 0]), "a GIF image"],
    ["an old Word document", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "an old Microsoft Office file"],
    ["an empty file", bytes(), "an empty file"],
    ["bytes that are not UTF-8", bytes("caf", [0xe9], " au lait"), null],
    ["text with a NUL byte", bytes("abc", [0], "def"), null],
    ["text with a lone continuation byte at the end", bytes("abc", [0xd0]), null],
  ])("%s is refused", (_what, file, looksLike) => {
    expect(sniffMediaType(file)).toEqual({ refused: true, looksLike });
  });
});

describe("createMediaSniffer: the same verdicts chunk by chunk", () => {
  const inChunks = (file: Uint8Array, size: number) => {
    const sniffer = createMediaSniffer();
    for (let at = 0; at < file.length; at += size) {
      const early = sniffer.push(file.subarray(at, at + size));
      if (early) return { early: true, verdict: early };
    }
    return { early: false, verdict: sniffer.finish() };
  };

  it.each([1, 2, 7, 1000, 5000])("a Ukrainian text split every %i bytes (inside characters) is still text", (size) => {
    const text = bytes("Обвинувачений: командир батальйону. ".repeat(100));
    expect(inChunks(text, size)).toEqual({ early: false, verdict: { refused: false, mediaType: "text/plain" } });
  });

  it("refuses a ZIP at its first chunk, before the rest arrives", () => {
    const zip = bytes([0x50, 0x4b, 0x03, 0x04], new Uint8Array(10_000).fill(0x41));
    expect(inChunks(zip, 64)).toEqual({ early: true, verdict: { refused: true, looksLike: expect.stringContaining("ZIP") } });
  });

  it("refuses bytes that are not text once the head is read, without waiting for the end", () => {
    const binary = bytes(new Uint8Array(HEAD_BYTES * 4).fill(0xfe));
    expect(inChunks(binary, 100)).toMatchObject({ early: true, verdict: { refused: true, looksLike: null } });
  });

  it("does not refuse a non-UTF-8 HTML page before it has seen its opening tag", () => {
    const page = bytes("<html>", [0xcf, 0xf0], " ".repeat(3000));
    expect(inChunks(page, 3)).toEqual({ early: false, verdict: { refused: false, mediaType: "text/html" } });
  });

  it("text whose non-UTF-8 byte comes after the head is refused at the end", () => {
    const late = bytes("a".repeat(HEAD_BYTES * 2), [0xff]);
    expect(inChunks(late, 512)).toMatchObject({ verdict: { refused: true, looksLike: null } });
  });
});

describe("looksLikeHtml and servedContentType", () => {
  it.each([
    ["<!doctype html>", true],
    ["<!DOCTYPE HTML PUBLIC", true],
    ["\t<html\n>", true],
    ["<!doctype htmlx>", false],
    ["<!-- comment --><html>", false],
    ["x<html>", false],
  ])("%j → %s", (head, expected) => expect(looksLikeHtml(bytes(head))).toBe(expected));

  it("plain text is served as UTF-8; an HTML page keeps its own charset; the rest as they are", () => {
    expect(servedContentType("text/plain")).toBe("text/plain; charset=utf-8");
    expect(servedContentType("text/html")).toBe("text/html");
    expect(servedContentType("application/pdf")).toBe("application/pdf");
  });
});

import { describe, expect, it } from "vitest";
import { countingBytes, decodeUtf8, NOT_UTF8_MESSAGE } from "./decode";
import { ImportFileError } from "./types";

/** The bytes cut into chunks of `size` (Infinity: whole). */
async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  if (size === Infinity) {
    yield bytes;
    return;
  }
  for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, i + size);
}

async function decodeAll(bytes: Uint8Array, size = Infinity): Promise<string> {
  let text = "";
  for await (const part of decodeUtf8(chunksOf(bytes, size))) text += part;
  return text;
}

async function errorOf(bytes: Uint8Array, size: number): Promise<ImportFileError> {
  try {
    await decodeAll(bytes, size);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error("no error");
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const SIZES = [1, 2, 3, 5, Infinity];

describe("decodeUtf8 decodes, whatever the chunks", () => {
  it.each<[string, Uint8Array, string]>([
    ["ASCII", utf8("a,b\r\n1,2\r\n"), "a,b\r\n1,2\r\n"],
    ["Ukrainian (2-byte characters)", utf8("Прізвище,Ім'я\nЖ"), "Прізвище,Ім'я\nЖ"],
    ["3- and 4-byte characters", utf8("✓ 🙂 €"), "✓ 🙂 €"],
    ["a leading BOM is stripped", utf8("\uFEFFname\n"), "name\n"],
    ["a BOM later on is kept", utf8("a\uFEFFb"), "a\uFEFFb"],
    ["an empty file", new Uint8Array(0), ""],
  ])("%s", async (_name, bytes, expected) => {
    for (const size of SIZES) expect(await decodeAll(bytes, size), `chunks of ${size}`).toBe(expected);
  });
});

describe("decodeUtf8 refuses bytes that are not UTF-8, naming the line", () => {
  it.each<[string, Uint8Array, number]>([
    ["Windows-1251 on the first line", join([0xcf, 0xf0, 0xe8], utf8(",x\n")), 1],
    ["Latin-1 on line 3 (LF)", join(utf8("a\nb\nna"), [0xef, 0x76], utf8("e\n")), 3],
    ["after CRLF and a lone CR", join(utf8("a\r\nb\rc,"), [0xe9], utf8("\r\n")), 3],
    ["after a valid multi-byte character", join(utf8("Ж\nЖ"), [0x80]), 2],
    ["a truncated character mid-file", join(utf8("x\ny\n"), [0xd0], utf8("z")), 3],
    ["a truncated character at the end", join(utf8("x\ny\n"), [0xe2, 0x9c]), 3],
  ])("%s", async (_name, bytes, line) => {
    for (const size of SIZES) {
      const error = await errorOf(bytes, size);
      expect(error.line, `chunks of ${size}`).toBe(line);
      expect(error.message).toBe(`line ${line}: ${NOT_UTF8_MESSAGE}`);
    }
  });
});

describe("countingBytes", () => {
  it("passes the chunks through and reports the bytes read so far", async () => {
    const seen: number[] = [];
    const out: number[] = [];
    for await (const chunk of countingBytes(chunksOf(utf8("abcdefgh"), 3), (n) => seen.push(n))) out.push(chunk.byteLength);
    expect(out).toEqual([3, 3, 2]);
    expect(seen).toEqual([3, 6, 8]);
  });
});

/**
 * Bytes to text for the import readers (docs/decisions/015-import.md). Pure: works on any
 * AsyncIterable of bytes (a request body, a file stream), one chunk at a time.
 *
 * The BOM: `decodeUtf8` strips a leading U+FEFF (TextDecoder's default), so the text it yields
 * starts with the file's first real character. The readers also skip a leading BOM, so text that
 * reaches them some other way (a string in a test, a pasted file) reads the same.
 */

import { ImportFileError } from "./types";

export const NOT_UTF8_MESSAGE =
  'the file is not UTF-8 text: save it as "CSV UTF-8" (Excel) or UTF-8 (other programs)';

/**
 * Decodes UTF-8 chunk by chunk. `stream: true` keeps a character split across two chunks whole.
 * Bytes that are not UTF-8 (a file saved as Windows-1251 or Latin-1) throw an ImportFileError
 * naming the line they are on, rather than importing mojibake.
 */
export async function* decodeUtf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // Line breaks in the bytes decoded so far, to name the line of a bad byte.
  const lines = new LineCounter();
  // The bytes of a character left incomplete at the end of the last chunk (at most 3).
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (chunk.byteLength === 0) continue;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ImportFileError(NOT_UTF8_MESSAGE, lines.lineAt(chunk, firstBadByte(carry, chunk)));
    }
    lines.count(chunk, chunk.byteLength);
    carry = incompleteTail(chunk, carry);
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    // The file ends in the middle of a character.
    throw new ImportFileError(NOT_UTF8_MESSAGE, lines.line);
  }
  if (rest) yield rest;
}

/** Passes the chunks through, reporting the bytes read so far after each (for progress). */
export async function* countingBytes(
  chunks: AsyncIterable<Uint8Array>,
  onBytes: (bytesRead: number) => void,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    onBytes(total);
    yield chunk;
  }
}

const LF = 0x0a;
const CR = 0x0d;

/** Counts line breaks as the readers do: LF, CRLF and a lone CR each end one line. */
class LineCounter {
  /** The 1-based line the next byte is on. */
  line = 1;
  private lastWasCR = false;

  /** Counts the breaks in `bytes[0, end)`; with indexOf, as every chunk of the file goes through it. */
  count(bytes: Uint8Array, end: number): void {
    if (end <= 0) return;
    const view = end === bytes.byteLength ? bytes : bytes.subarray(0, end);
    let breaks = 0;
    for (let i = view.indexOf(CR); i !== -1; i = view.indexOf(CR, i + 1)) breaks++;
    for (let i = view.indexOf(LF); i !== -1; i = view.indexOf(LF, i + 1)) {
      const afterCR = i === 0 ? this.lastWasCR : view[i - 1] === CR;
      if (!afterCR) breaks++;
    }
    this.line += breaks;
    this.lastWasCR = view[end - 1] === CR;
  }

  /** The line of `bytes[offset]`, the counter not moved. */
  lineAt(bytes: Uint8Array, offset: number): number {
    const copy = new LineCounter();
    copy.line = this.line;
    copy.lastWasCR = this.lastWasCR;
    copy.count(bytes, Math.min(offset, bytes.byteLength));
    return copy.line;
  }
}

/**
 * The offset in `chunk` of the first byte that makes it invalid, given the incomplete character
 * the previous chunk ended with. Only run once a decode has failed, so it may be slow: it looks
 * for the shortest prefix a fresh fatal decoder refuses (a longer prefix of a refused one is
 * refused too, so a binary search finds it).
 */
function firstBadByte(carry: Uint8Array, chunk: Uint8Array): number {
  const bytes = new Uint8Array(carry.byteLength + chunk.byteLength);
  bytes.set(carry, 0);
  bytes.set(chunk, carry.byteLength);
  const refuses = (length: number): boolean => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 0; // a prefix of this length is accepted
  let high = bytes.byteLength; // a prefix of this length is refused
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (refuses(mid)) high = mid;
    else low = mid;
  }
  return Math.max(0, high - 1 - carry.byteLength);
}

/**
 * The bytes of an incomplete character at the end of `chunk` (what the decoder holds back),
 * or the end of `previous` followed by `chunk` when the chunk is shorter than a character.
 */
function incompleteTail(chunk: Uint8Array, previous: Uint8Array): Uint8Array {
  const joined = chunk.byteLength >= 4 ? chunk : concat(previous, chunk);
  // Walk back over continuation bytes (10xxxxxx) to the lead byte of the last character.
  let start = joined.byteLength - 1;
  let continuation = 0;
  while (start >= 0 && continuation < 3 && (joined[start]! & 0xc0) === 0x80) {
    start--;
    continuation++;
  }
  if (start < 0) return new Uint8Array(0);
  const lead = joined[start]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return continuation + 1 < length ? joined.slice(start) : new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

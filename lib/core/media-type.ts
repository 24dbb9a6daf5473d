/**
 * What kind of document a file is, read from its bytes (docs/decisions/049-documents-stored-by-fingerprint.md):
 * never from its name or the Content-Type an upload claims, which anyone can write.
 *
 * - `%PDF-` at the start: a PDF; the PNG and JPEG signatures: a scan;
 * - after an optional UTF-8 byte order mark and white space, `<!doctype html` or `<html`
 *   (any case): an HTML page, in whatever encoding it declares;
 * - otherwise plain text if the whole file is UTF-8 without control characters other than
 *   tab, line feed, form feed, carriage return and escape;
 * - anything else is refused, with what it looks like where that is known (a ZIP archive,
 *   a Windows program…).
 *
 * Pure and incremental: `createMediaSniffer()` takes the file chunk by chunk as it streams to
 * disk, so a 50 MB file is never held in memory to be classified.
 */

export const ACCEPTED_MEDIA_TYPES = ["application/pdf", "image/png", "image/jpeg", "text/html", "text/plain"] as const;
export type AcceptedMediaType = (typeof ACCEPTED_MEDIA_TYPES)[number];

/** Served in the page (a browser's PDF viewer, an image); every other type is a download from a sandboxed response. */
export const SHOWN_INLINE: readonly AcceptedMediaType[] = ["application/pdf", "image/png", "image/jpeg"];

/** The extension a download of each type is named with (`<sha256>.pdf`). */
export const EXTENSION: Record<AcceptedMediaType, string> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg", "text/html": "html", "text/plain": "txt" };

/** The Content-Type a document is served with: plain text is UTF-8, as the sniffer checked; an HTML page says its own. */
export const servedContentType = (mediaType: string): string => (mediaType === "text/plain" ? "text/plain; charset=utf-8" : mediaType);

/** Why a file is refused: a kind the tracker recognises but does not take, or none it recognises. */
export type Refused = { refused: true; looksLike: string | null };
export type Sniffed = { refused: false; mediaType: AcceptedMediaType } | Refused;

/** How many bytes the signatures are read from. */
export const HEAD_BYTES = 1024;

const startsWith = (head: Uint8Array, signature: readonly number[], at = 0) => head.length >= at + signature.length && signature.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ACCEPTED_SIGNATURES: { bytes: readonly number[]; mediaType: AcceptedMediaType }[] = [
  { bytes: ascii("%PDF-"), mediaType: "application/pdf" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], mediaType: "image/png" },
  { bytes: [0xff, 0xd8, 0xff], mediaType: "image/jpeg" },
];

/** Kinds refused by name, so the message can say what the file is. */
const REFUSED_SIGNATURES: { bytes: readonly number[]; looksLike: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives too)" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives too)" },
  { bytes: ascii("MZ"), looksLike: "a Windows program" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: "a program" },
  { bytes: [0x1f, 0x8b], looksLike: "a compressed (gzip) file" },
  { bytes: ascii("Rar!"), looksLike: "a RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: "a 7-Zip archive" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: "an old Microsoft Office file" },
  { bytes: ascii("GIF8"), looksLike: "a GIF image" },
];

const BOM = [0xef, 0xbb, 0xbf];
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d;
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** `<!doctype html` or `<html`, each followed by white space, `>` (or, for `<html`, the end of the head), after a BOM and white space. */
export function looksLikeHtml(head: Uint8Array): boolean {
  let i = startsWith(head, BOM) ? BOM.length : 0;
  while (i < head.length && isSpace(head[i]!)) i++;
  for (const opening of ["<!doctype html", "<html"]) {
    const bytes = ascii(opening);
    if (head.length < i + bytes.length) continue;
    if (!bytes.every((b, k) => lower(head[i + k]!) === b)) continue;
    const next = head[i + bytes.length];
    if (next === undefined || next === 0x3e || isSpace(next)) return true;
  }
  return false;
}

/** A byte that plain text does not hold: C0 controls other than tab, line feed, form feed, carriage return and escape; and DEL. */
const isControl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;

/** Classifies a whole file held in memory (the tests' and small callers' way). */
export function sniffMediaType(bytes: Uint8Array): Sniffed {
  const sniffer = createMediaSniffer();
  sniffer.push(bytes);
  return sniffer.finish();
}

export type MediaSniffer = {
  /** Takes the next chunk; returns a refusal as soon as one is certain (the caller may stop reading), else null. */
  push(chunk: Uint8Array): Refused | null;
  /** The verdict once every chunk was pushed. */
  finish(): Sniffed;
};

export function createMediaSniffer(): MediaSniffer {
  let head = new Uint8Array(0);
  let decided: Sniffed | null = null;
  // For plain text: the whole file must decode as UTF-8, checked as it streams.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let textSoFar = true;

  const checkText = (chunk: Uint8Array, last: boolean) => {
    if (!textSoFar) return;
    try {
      decoder.decode(chunk, { stream: !last });
    } catch {
      textSoFar = false;
      return;
    }
    for (const b of chunk) {
      if (isControl(b)) {
        textSoFar = false;
        return;
      }
    }
  };

  const decideFromHead = (complete: boolean): Sniffed | null => {
    for (const s of ACCEPTED_SIGNATURES) if (startsWith(head, s.bytes)) return { refused: false, mediaType: s.mediaType };
    for (const s of REFUSED_SIGNATURES) if (startsWith(head, s.bytes)) return { refused: true, looksLike: s.looksLike };
    if (!complete && head.length < HEAD_BYTES) return null;
    return looksLikeHtml(head) ? { refused: false, mediaType: "text/html" } : null;
  };

  return {
    push(chunk) {
      if (decided?.refused) return decided;
      if (head.length < HEAD_BYTES) {
        const joined = new Uint8Array(Math.min(HEAD_BYTES, head.length + chunk.length));
        joined.set(head);
        joined.set(chunk.subarray(0, joined.length - head.length), head.length);
        head = joined;
        decided ??= decideFromHead(false);
      }
      if (!decided) checkText(chunk, false);
      // Not text, and the head is read without finding an HTML page: refused now, not after 50 MB.
      if (!decided && !textSoFar && head.length >= HEAD_BYTES) decided = { refused: true, looksLike: null };
      return decided?.refused ? decided : null;
    },
    finish() {
      if (decided?.refused) return decided;
      if (head.length === 0) return { refused: true, looksLike: "an empty file" };
      decided ??= decideFromHead(true);
      if (decided) return decided;
      checkText(new Uint8Array(0), true);
      return textSoFar ? { refused: false, mediaType: "text/plain" } : { refused: true, looksLike: null };
    },
  };
}

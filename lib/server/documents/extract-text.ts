import "server-only";
import type { Readable } from "node:stream";
import { Parser } from "htmlparser2";

/**
 * Reads the text of a document's bytes, page by page (docs/decisions/050-text-extraction-and-search-inside-documents.md):
 * a PDF through Mozilla's pdf.js, a page at a time so that page numbers are kept; an HTML page
 * without its markup (scripts, styles and the like dropped) as it streams; plain text as it is;
 * an image, and a PDF whose pages hold no text, have no text layer (no OCR is done).
 */

/** The extraction's limits, so that an absurd input costs bounded memory and time. */
export const EXTRACTION_LIMITS = {
  /** Characters kept in all, over every page; past them the text is cut (and the reason says so). */
  maxChars: 5_000_000,
  /** Characters of one PDF page kept (a real page holds a few thousand). */
  maxPageChars: 200_000,
  /** A PDF's pages read at most. */
  maxPages: 5_000,
  /** A text or HTML file is kept in sections of at most this many characters, cut at a line break. */
  sectionChars: 100_000,
  /** Time spent on one document at most; then what was read is kept. */
  maxMs: 120_000,
};
export type ExtractionLimits = typeof EXTRACTION_LIMITS;

export type Extraction =
  /** `pages`: the text of each page (a PDF's), or of each section of a text or HTML file; `reason`: set when the text was cut. */
  | { state: "DONE"; pages: string[]; reason: string | null }
  | { state: "NO_TEXT_LAYER"; reason: string }
  | { state: "FAILED"; reason: string };

export const NO_TEXT_LAYER_SCAN = "A scan without a text layer; OCR is not done.";
export const NO_TEXT_LAYER_IMAGE = "An image (a scan): it has no text layer; OCR is not done.";

/** Whether a media type is read in pages (a PDF) rather than in sections of one text. */
export const hasPages = (mediaType: string) => mediaType === "application/pdf";

export async function extractText(mediaType: string, body: () => Promise<Readable>, limits: ExtractionLimits = EXTRACTION_LIMITS): Promise<Extraction> {
  try {
    switch (mediaType) {
      case "application/pdf":
        return await extractPdf(await readAll(await body()), limits);
      case "text/html":
        return await extractHtml(await body(), limits);
      case "text/plain":
        return await extractPlain(await body(), limits);
      case "image/png":
      case "image/jpeg":
        return { state: "NO_TEXT_LAYER", reason: NO_TEXT_LAYER_IMAGE };
      default:
        return { state: "FAILED", reason: `Documents of type ${mediaType} are not read for text.` };
    }
  } catch (error) {
    return { state: "FAILED", reason: failureReason(error) };
  }
}

function failureReason(error: unknown): string {
  const e = error as { name?: string; message?: string };
  const message = (e?.message ?? String(error)).replace(/\s+/g, " ").trim().slice(0, 300);
  if (e?.name === "InvalidPDFException") return `Not a readable PDF: ${message}`;
  if (e?.name === "PasswordException") return "The PDF is protected by a password.";
  return `The text could not be read: ${message}`;
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

/** Keeps text under the limits: what each piece may still add, and why it stopped. */
class Budget {
  used = 0;
  cut: string | null = null;
  readonly started = Date.now();
  constructor(readonly limits: ExtractionLimits) {}
  take(text: string): string {
    const room = this.limits.maxChars - this.used;
    if (text.length > room) {
      this.cut ??= `The text was cut at ${this.limits.maxChars.toLocaleString("en")} characters.`;
      text = text.slice(0, Math.max(room, 0));
    }
    this.used += text.length;
    return text;
  }
  get full() {
    return this.used >= this.limits.maxChars;
  }
  get late() {
    return Date.now() - this.started > this.limits.maxMs;
  }
}

type TextItem = { str?: string; hasEOL?: boolean };

async function extractPdf(data: Uint8Array, limits: ExtractionLimits): Promise<Extraction> {
  // The legacy build is pdf.js's one for Node; no worker thread (a "fake" worker in this process), no eval, no fonts loaded.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, enableXfa: false, verbosity: 0 });
  const document = await task.promise;
  try {
    const budget = new Budget(limits);
    const pages: string[] = [];
    const count = Math.min(document.numPages, limits.maxPages);
    for (let n = 1; n <= count; n++) {
      if (budget.full) break;
      if (budget.late) {
        budget.cut ??= `Reading stopped after page ${n - 1} of ${document.numPages}: it took longer than ${limits.maxMs / 1000} seconds.`;
        break;
      }
      const page = await document.getPage(n);
      let text = "";
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) {
        text += (item.str ?? "") + (item.hasEOL ? "\n" : "");
        if (text.length > limits.maxPageChars) break;
      }
      page.cleanup();
      pages.push(budget.take(text.slice(0, limits.maxPageChars).trimEnd()));
    }
    if (document.numPages > limits.maxPages) budget.cut ??= `Only the first ${limits.maxPages} of ${document.numPages} pages were read.`;
    if (pages.every((p) => p.trim() === "")) return { state: "NO_TEXT_LAYER", reason: NO_TEXT_LAYER_SCAN };
    return { state: "DONE", pages, reason: budget.cut };
  } finally {
    await task.destroy();
  }
}

/** Gathers streamed text into sections of at most `sectionChars`, each cut after a line break where there is one. */
class Sections {
  readonly pages: string[] = [];
  private current = "";
  constructor(private readonly budget: Budget) {}
  add(text: string) {
    if (this.budget.full) return;
    this.current += this.budget.take(text);
    const size = this.budget.limits.sectionChars;
    while (this.current.length > size) {
      const cut = this.current.lastIndexOf("\n", size);
      const at = cut > size / 2 ? cut + 1 : size;
      this.pages.push(this.current.slice(0, at));
      this.current = this.current.slice(at);
    }
  }
  finish(): Extraction {
    if (this.current !== "" || this.pages.length === 0) this.pages.push(this.current);
    if (this.pages.every((p) => p.trim() === "")) return { state: "DONE", pages: [""], reason: "The document holds no text." };
    return { state: "DONE", pages: this.pages, reason: this.budget.cut };
  }
}

async function extractPlain(stream: Readable, limits: ExtractionLimits): Promise<Extraction> {
  const decoder = new TextDecoder("utf-8");
  const sections = new Sections(new Budget(limits));
  let first = true;
  for await (const chunk of stream) {
    let text = decoder.decode(chunk as Buffer, { stream: true });
    if (first) text = text.replace(/^\uFEFF/, "");
    first = false;
    sections.add(text);
  }
  sections.add(decoder.decode());
  return sections.finish();
}

/** Elements whose content is not the page's text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"]);
/** Elements that end a line of text. */
const BLOCKS = new Set(["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "hr", "title", "main", "aside", "nav", "figure", "figcaption", "address"]);

/** The encoding an HTML page declares in its first bytes (a BOM, or a meta charset), else UTF-8. */
export function declaredCharset(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  const ascii = Buffer.from(head.subarray(0, 1024)).toString("latin1");
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(ascii)?.[1];
  if (!label) return "utf-8";
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return "utf-8";
  }
}

async function extractHtml(stream: Readable, limits: ExtractionLimits): Promise<Extraction> {
  const sections = new Sections(new Budget(limits));
  let skipping = 0;
  let line = "";
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f\u00a0]+/g, " ").trim();
    if (text !== "") sections.add(`${text}\n`);
    line = "";
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping += 1;
        else if (BLOCKS.has(name)) flush();
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (skipping === 0) line += text;
        if (line.length > limits.sectionChars) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  let decoder: TextDecoder | null = null;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    decoder ??= new TextDecoder(declaredCharset(bytes));
    parser.write(decoder.decode(bytes, { stream: true }).replace(/^\uFEFF/, ""));
  }
  if (decoder) parser.write(decoder.decode());
  parser.end();
  flush();
  return sections.finish();
}

/**
 * A search result found inside a document: where (the document, its page) and the passage that
 * matched (docs/decisions/050-text-extraction-and-search-inside-documents.md). Pure: the server
 * reads the matching page, this finds the words in it as the search matched them.
 */
import { searchTerms } from "./search-query";
import { queryKey, searchKey, SEARCH_APOSTROPHES } from "./search-normal";

/** A record found by words in one of its documents (or, for a milestone, a document of a source it cites). */
export type DocumentMatch = {
  sha256: string;
  /** The attachment's title. */
  title: string;
  mediaType: string;
  /** The PDF page the passage is on; null for a text or HTML file, which has no pages. */
  page: number | null;
  /** The passage around the first matching word: `match` is that word as written. */
  passage: { before: string; match: string; after: string } | null;
  /** Where the page is read: `documentPageUrl` (lib/core/document-input.ts). */
  href: string;
  /** Where the document is attached, when it is not the record itself (a milestone's cited source). */
  via: { kind: "source"; slug: string; title: string } | null;
};

const WORD = new RegExp(`[\\p{L}\\p{M}\\p{Nd}${SEARCH_APOSTROPHES}]+`, "gu");
const BEFORE = 80;
const AFTER = 160;

/**
 * The passage of `text` around the first word that the search `q` matches (a word whose search
 * key begins with the key of a searched word, a Ukrainian ending dropped, as the index matches),
 * cut at word boundaries, white space collapsed; null when no single word matches (the page
 * matched a phrase, e.g. a case number).
 */
export function findPassage(text: string, q: string): DocumentMatch["passage"] {
  const keys = searchTerms(q).map(queryKey).filter((k) => k !== "");
  if (keys.length === 0) return null;
  for (const found of text.matchAll(WORD)) {
    const key = searchKey(found[0]);
    if (key === "" || !keys.some((k) => key.startsWith(k))) continue;
    const start = found.index;
    const end = start + found[0].length;
    let from = Math.max(0, start - BEFORE);
    let to = Math.min(text.length, end + AFTER);
    // Whole words at the edges.
    if (from > 0) from = text.indexOf(" ", from) === -1 || text.indexOf(" ", from) > start ? from : text.indexOf(" ", from) + 1;
    if (to < text.length) {
      const space = text.lastIndexOf(" ", to);
      if (space > end) to = space;
    }
    const squash = (s: string) => s.replace(/\s+/g, " ");
    return {
      before: (from > 0 ? "…" : "") + squash(text.slice(from, start)).trimStart(),
      match: found[0],
      after: squash(text.slice(end, to)).trimEnd() + (to < text.length ? "…" : ""),
    };
  }
  return null;
}

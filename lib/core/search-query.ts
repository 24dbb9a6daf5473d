/**
 * Turns what a person typed in the case list's search box into a Postgres text-search query
 * (`to_tsquery('simple', …)`), matching the case documents of lib/server/cases/search-document.ts
 * (docs/decisions/008-case-search.md, 040-names-in-every-spelling-and-ukrainian-search.md).
 *
 * Every word becomes the quoted prefix of its search key (lib/core/search-normal.ts), which the
 * documents are made of: «Путин», «путін» and "Putin" all ask `'putin':*`. A Cyrillic word loses
 * its inflectional ending first, so «депортацію» asks `'deportatsi':*` and finds «депортація».
 * The words are AND-ed: "Львова-Бєлова ICC" finds the case whose accused is Львова-Бєлова before
 * the ICC, and "Put" finds "Putin". The user's text never reaches to_tsquery's operator syntax: a
 * word is only letters, digits and apostrophes inside a word, so `a & !b | c:*` is three plain
 * words, not a query program.
 */
import { askedNameWords, queryKey, searchKey } from "./search-normal";

/** Words beyond this are dropped: nobody searches a case with more, and each costs an index probe. */
export const MAX_SEARCH_TERMS = 16;

// Apostrophes Ukrainian is written with: the typewriter ', the modifier letter ʼ (U+02BC, the
// standard one), the typographic ’ (U+2019) and, on some keyboards, the backtick. Inside a word
// they are part of it (Мар'яна); its search key leaves them out.
const APOSTROPHES = "'ʼ’`";
// A word: letters (with their combining marks) and digits, possibly joined by apostrophes. ʼ is
// itself a Unicode letter (a modifier letter), so it is excluded from the letters explicitly.
const LETTERS = `(?:(?![${APOSTROPHES}])[\\p{L}\\p{M}\\p{Nd}])+`;
const WORD = new RegExp(`${LETTERS}(?:[${APOSTROPHES}]${LETTERS})*`, "gu");

/** The search words of a text: lower-cased, in order, without repeats. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.normalize("NFC").matchAll(WORD)) {
    const term = match[0].toLowerCase();
    // A run of combining marks alone is no word (and would make an empty, invalid operand).
    if (!/[\p{L}\p{Nd}]/u.test(term)) continue;
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/** A word as a quoted tsquery operand: quotes doubled, backslashes escaped (there are none, but). */
function operand(term: string): string {
  return `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}':*`;
}

/**
 * The spellings of a key the index may hold. Postgres lower-cases a document with the database's
 * character type: under a `C` one (some servers, and the test clusters) letters outside ASCII keep
 * their capitals, so a key that still holds such letters (é, ł, Greek; Cyrillic is Latin in a key)
 * is also asked Capitalised and in CAPITALS (under any other character type all three are one lexeme).
 */
export function spellings(key: string): string[] {
  const forms = /[^\x00-\x7f]/.test(key) ? [key, key.charAt(0).toUpperCase() + key.slice(1), key.toUpperCase()] : [key];
  return [...new Set(forms)];
}

/**
 * A search by name (the accused list): one tsquery text per word asked (askedNameWords), each a
 * prefix of a lexeme of the names' words (SQL key_words, decision 047), in the spellings the index may hold.
 */
export function nameWordQueries(text: string): string[] {
  return askedNameWords(text).map((word) => spellings(word).map(operand).join(" | "));
}

function termQuery(term: string): string {
  const forms = spellings(queryKey(term));
  return forms.length === 1 ? operand(forms[0]!) : `(${forms.map(operand).join(" | ")})`;
}

/**
 * A piece of text between spaces that holds several words (`ICC-01/22`, `Львова-Бєлова`): its words,
 * or the piece itself as a phrase. Postgres's parser reads a case number into odd tokens (`icc`,
 * `-01`, `/22`) that no word of ours matches; quoted whole, the piece goes through that same parser
 * and matches the document's tokens. Inside quotes it is plain text, never query syntax.
 */
function pieceQuery(piece: string, terms: string[]): string {
  const words = terms.map(termQuery).join(" & ");
  if (terms.length === 1) return words;
  const whole = searchKey(piece.replace(/^[^\p{L}\p{Nd}]+|[^\p{L}\p{M}\p{Nd}]+$/gu, ""));
  if (!/[\p{L}\p{Nd}]/u.test(whole)) return words;
  return `((${words}) | ${operand(whole)})`;
}

/** The to_tsquery('simple', …) text for a search, or null when the text has no word to search for. */
export function toTsQuery(text: string | null | undefined): string | null {
  if (!text) return null;
  const parts: string[] = [];
  let terms = 0;
  // Control characters (a NUL among them, which Postgres cannot take) separate pieces like spaces.
  for (const piece of text.normalize("NFC").split(/[\s\p{Cc}]+/u)) {
    // A word whose key is empty (ь alone) asks for nothing.
    const words = searchTerms(piece).filter((w) => queryKey(w) !== "").slice(0, MAX_SEARCH_TERMS - terms);
    if (words.length === 0) continue;
    terms += words.length;
    const part = pieceQuery(piece, words);
    if (!parts.includes(part)) parts.push(part);
    if (terms >= MAX_SEARCH_TERMS) break;
  }
  return parts.length === 0 ? null : parts.join(" & ");
}

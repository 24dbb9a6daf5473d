/**
 * Turns what a person typed in the case list's search box into a Postgres text-search query
 * (`to_tsquery('simple', …)`), matching the case documents of lib/server/cases/search-document.ts
 * (docs/decisions/008-case-search.md).
 *
 * Every word becomes a quoted prefix (`'путін':*`) and the words are AND-ed: "Львова-Бєлова ICC"
 * finds the case whose accused is Львова-Бєлова before the ICC, and "Put" finds "Putin". The
 * user's text never reaches to_tsquery's operator syntax: a word is only letters, digits and
 * apostrophes inside a word, so `a & !b | c:*` is three plain words, not a query program.
 */

/** Words beyond this are dropped: nobody searches a case with more, and each costs an index probe. */
export const MAX_SEARCH_TERMS = 16;

// Apostrophes Ukrainian is written with: the typewriter ', the modifier letter ʼ (U+02BC, the
// standard one) and the typographic ’ (U+2019). Inside a word they are part of it (Мар'яна).
const APOSTROPHES = "'ʼ’";
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
 * The spellings of a word the index may hold. Postgres lower-cases a document with the database's
 * character type: under a `C` one (some servers, and the test clusters) Cyrillic keeps its capitals,
 * so a non-ASCII word is also asked as Capitalised and in CAPITALS (under any other character type
 * all three are the same lexeme). And the parser splits a word at ' but, depending on the character
 * type, keeps ʼ and ’ inside it, so a word with an apostrophe is asked with each of the three.
 */
export function spellings(term: string): string[] {
  const cases = /[^\x00-\x7f]/.test(term) ? [term, term.charAt(0).toUpperCase() + term.slice(1), term.toUpperCase()] : [term];
  const apostrophes = /['ʼ’]/.test(term) ? ["'", "ʼ", "’"] : [null];
  const forms = cases.flatMap((c) => apostrophes.map((a) => (a === null ? c : c.replace(/['ʼ’]/g, a))));
  return [...new Set(forms)];
}

function termQuery(term: string): string {
  const forms = spellings(term);
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
  const whole = piece.replace(/^[^\p{L}\p{Nd}]+|[^\p{L}\p{M}\p{Nd}]+$/gu, "").toLowerCase();
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
    const words = searchTerms(piece).slice(0, MAX_SEARCH_TERMS - terms);
    if (words.length === 0) continue;
    terms += words.length;
    const part = pieceQuery(piece, words);
    if (!parts.includes(part)) parts.push(part);
    if (terms >= MAX_SEARCH_TERMS) break;
  }
  return parts.length === 0 ? null : parts.join(" & ");
}

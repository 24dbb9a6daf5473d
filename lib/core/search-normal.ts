/**
 * The search key: one loose Latin spelling that the Ukrainian, Russian and English spellings of a
 * word share, so that «Путін», «Путин», "Putin" and "путін" are one word to the search
 * (docs/decisions/040-names-in-every-spelling-and-ukrainian-search.md).
 *
 * Both sides of the search use it: the case documents are built from the keys of their texts (the
 * SQL function `search_key` of migration 20261204151742_accused_aliases_search_keys, which must do
 * exactly what `searchKey` does; an integration test compares them), and the query's words are
 * keyed here before they become prefixes (lib/core/search-query.ts).
 *
 * The key is not a transliteration to show anyone (lib/core/transliteration.ts is): it forgets the
 * differences spellings of one name disagree on:
 * - case, and the apostrophes (’ ' ʼ `): Мар’яна, Мар'яна and Марʼяна are one word;
 * - ґ and г, и і ї й ы and y, е є э ё, ь and ъ (omitted);
 * - Cyrillic letters become Latin ones by the official table's sounds (ж zh, х kh, ц ts, ч ch,
 *   ш sh, щ shch, ю iu, я ia), and Latin y becomes i, g becomes h (Ukrainian г is h, Russian г is g);
 * - a doubled i or h is one (Zelenskyy, Зеленський; Zghurskyi, Згурський), and ie is e (Bielova, Бєлова, Белова).
 * Digits and punctuation stay, so a case number reads as before (ICC-01/22 → icc-01/22).
 */

/** Capitals of the Cyrillic letters the key knows, and their small letters, in the same order. */
const CYRILLIC_UPPER = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЫЭЁЪ";
const CYRILLIC_LOWER = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ";

/** Letters written with more than one Latin letter, in the order the SQL function replaces them. */
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ["щ", "shch"],
  ["ж", "zh"],
  ["х", "kh"],
  ["ц", "ts"],
  ["ч", "ch"],
  ["ш", "sh"],
  ["ю", "iu"],
  ["я", "ia"],
  ["є", "ie"],
];

/** One letter for one (the last two, ь and ъ, for none), then the Latin loosening. */
const SINGLE_FROM = "абвгґдезиіїйклмнопрстуфыэёyg";
const SINGLE_TO = "abvhhdeziiiiklmnoprstufieeih";
const DROPPED = "ьъ";
export const SEARCH_APOSTROPHES = "'’ʼ`";

const translateChars = (text: string, from: string, to: string, dropped = ""): string => {
  let out = "";
  for (const c of text) {
    const i = from.indexOf(c);
    if (i >= 0) out += to[i]!;
    else if (!dropped.includes(c)) out += c;
  }
  return out;
};

/** The search key of a text (any length: a word, a name, a document). */
export function searchKey(text: string): string {
  let s = translateChars(text.normalize("NFC"), CYRILLIC_UPPER, CYRILLIC_LOWER).toLowerCase();
  s = translateChars(s, "", "", SEARCH_APOSTROPHES);
  for (const [from, to] of DIGRAPHS) s = s.split(from).join(to);
  s = translateChars(s, SINGLE_FROM, SINGLE_TO, DROPPED);
  s = s.replace(/([ih])\1+/g, "$1");
  return s.replace(/ie/g, "e");
}

/**
 * Endings of Ukrainian (and Russian) nouns, adjectives and verbs that the query drops before
 * matching by prefix, longest first: «депортацію» asks for words beginning «депортаці», which
 * «депортація», «депортації» and «депортацією» do. Not a stemmer: only the last ending goes, and
 * only when at least MIN_STEM letters remain, so short words are asked as typed.
 */
const ENDINGS = [
  "ями", "ами", "ові", "еві", "єві", "ого", "ому", "ими", "іми", "ий", "ій", "ої", "ою", "ею", "єю", "ів", "їв",
  "ах", "ях", "ам", "ям", "ом", "ем", "єм", "ая", "яя", "ое", "ее", "ые", "ый", "ия",
  "а", "я", "у", "ю", "і", "ї", "и", "о", "е", "є", "ь", "й", "ы",
].sort((x, y) => y.length - x.length);
export const MIN_STEM = 4;

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}'’ʼ`]+$/u;

/** A Cyrillic word without its inflectional ending (lower case), or the word as it came. */
export function stemUkrainian(word: string): string {
  const lower = word.toLowerCase();
  if (!CYRILLIC_WORD.test(lower)) return lower;
  for (const ending of ENDINGS) {
    if (lower.endsWith(ending) && [...lower.slice(0, -ending.length)].filter((c) => /\p{L}/u.test(c)).length >= MIN_STEM) return lower.slice(0, -ending.length);
  }
  return lower;
}

/** What a query word is asked as: the key of its stem, matched as a prefix. */
export function queryKey(word: string): string {
  return searchKey(stemUkrainian(word));
}

/**
 * The key of a full name for the same-person check: its words' keys, sorted, so that "Putin
 * Vladimir" and «Володимир Путін» are one name whatever the order of the words.
 */
export function nameKey(name: string): string {
  // As the SQL function name_key splits and orders them (code units, COLLATE "C").
  return searchKey(name)
    .split(/[^a-z0-9\u0080-\uffff]+/)
    .filter(Boolean)
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    .join(" ");
}

/**
 * Whether a search by name finds someone with these names (their name, their Ukrainian name,
 * their aliases): each word typed, in any spelling and cut short, begins a word of one of them, as
 * the case search reads words («путін», "Poutine" and "put" all find Vladimir Putin if one of his
 * names is «Путін»). An empty search finds everyone.
 */
export function namesMatch(query: string, names: readonly (string | null | undefined)[]): boolean {
  const asked = askedNameWords(query);
  if (asked.length === 0) return true;
  const held = names.flatMap((name) => (name ? nameKey(name).split(" ") : []));
  return asked.every((word) => held.some((h) => h.startsWith(word)));
}

/**
 * The words a search by name asks for, each to begin a word of one of the names: each typed word's
 * stem keyed, and split as nameKey splits names. Without repeats, nor a word that begins another
 * one asked (whatever the longer one finds, the shorter finds too). None: everyone is found.
 */
export function askedNameWords(query: string): string[] {
  const words = [...new Set(query.split(/\s+/).filter(Boolean).flatMap((word) => nameKey(queryKey(word)).split(" ")).filter(Boolean))];
  return words.filter((w) => !words.some((other) => other !== w && other.startsWith(w)));
}

/**
 * Ukrainian Cyrillic in Latin letters, by the official system: the Resolution of the Cabinet of
 * Ministers of Ukraine No. 55 of 27 January 2010 «Про впорядкування транслітерації українського
 * алфавіту латиницею», https://zakon.rada.gov.ua/laws/show/55-2010-%D0%BF
 * (Верховна Рада → Verkhovna Rada, Згурський → Zghurskyi, Знам'янка → Znamianka).
 *
 * Pure and total: characters the table does not cover pass through unchanged, so Latin text and
 * mixed text keep their Latin parts exactly. Case is kept (Київ → Kyiv, ЮРІЙ → YURII).
 */

/** A letter's rendering: `start` at the beginning of a word, `other` elsewhere. */
type Rendering = { start: string; other: string };
const same = (latin: string): Rendering => ({ start: latin, other: latin });

const LETTERS: ReadonlyMap<string, Rendering> = new Map([
  // The resolution's table (lower case; capitals are derived).
  ["а", same("a")],
  ["б", same("b")],
  ["в", same("v")],
  ["г", same("h")],
  ["ґ", same("g")],
  ["д", same("d")],
  ["е", same("e")],
  ["є", { start: "ye", other: "ie" }],
  ["ж", same("zh")],
  ["з", same("z")],
  ["и", same("y")],
  ["і", same("i")],
  ["ї", { start: "yi", other: "i" }],
  ["й", { start: "y", other: "i" }],
  ["к", same("k")],
  ["л", same("l")],
  ["м", same("m")],
  ["н", same("n")],
  ["о", same("o")],
  ["п", same("p")],
  ["р", same("r")],
  ["с", same("s")],
  ["т", same("t")],
  ["у", same("u")],
  ["ф", same("f")],
  ["х", same("kh")],
  ["ц", same("ts")],
  ["ч", same("ch")],
  ["ш", same("sh")],
  ["щ", same("shch")],
  ["ь", same("")],
  ["ю", { start: "yu", other: "iu" }],
  ["я", { start: "ya", other: "ia" }],
  // Letters of the Russian alphabet that Ukrainian lacks. The resolution does not cover them: this
  // is the tracker's own choice, not the official system, so that names as Russian sources spell
  // them (Путин, Кадыров) still give readable Latin.
  ["ы", same("y")],
  ["э", same("e")],
  ["ё", { start: "yo", other: "io" }],
  ["ъ", same("")],
]);

/** The resolution omits the apostrophe; Ukrainian text types it three ways. */
const APOSTROPHES = new Set(["'", "\u2019", "\u02bc"]);

const isLetter = (c: string | undefined): boolean => c !== undefined && !APOSTROPHES.has(c) && /^[\p{L}\p{M}]$/u.test(c);
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isTransliterated = (c: string | undefined): boolean => c !== undefined && LETTERS.has(c.toLowerCase());

export function transliterate(text: string): string {
  // Code points, with a letter and a combining mark after it composed (и + U+0306 is й), so text
  // typed in decomposed form reads the same; anything else stays exactly as it came.
  const chars: string[] = [];
  for (const c of text) {
    const previous = chars[chars.length - 1];
    const composed = previous !== undefined && /^\p{M}$/u.test(c) ? (previous + c).normalize("NFC") : "";
    if (composed.length === 1 && isTransliterated(composed)) chars[chars.length - 1] = composed;
    else chars.push(c);
  }

  /** The nearest letter before (step -1) or after (step 1) position i, across apostrophes inside the word. */
  const letterBeside = (i: number, step: 1 | -1): string | undefined => {
    let j = i + step;
    while (j >= 0 && j < chars.length && APOSTROPHES.has(chars[j]!)) j += step;
    // Called at a letter, so an apostrophe skipped here stands between letters, inside the word
    // (Знам'янка); a quote before a word is followed by no letter on its other side.
    return isLetter(chars[j]) ? chars[j] : undefined;
  };

  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (APOSTROPHES.has(c)) {
      // Omitted inside a Cyrillic word (Знам'янка); kept elsewhere (O'Brien, quotes).
      if (!(isTransliterated(chars[i - 1]) && isTransliterated(chars[i + 1]))) out += c;
      continue;
    }
    const lower = c.toLowerCase();
    const rendering = LETTERS.get(lower);
    if (!rendering) {
      out += c;
      continue;
    }
    const before = letterBeside(i, -1);
    // зг is zgh, to tell it from ж (zh): Згорани → Zghorany.
    let latin = lower === "г" && chars[i - 1]?.toLowerCase() === "з" ? "gh" : before === undefined ? rendering.start : rendering.other;
    if (isUpper(c) && latin.length > 0) {
      // A capital in an all-capital word is all capitals (ЮРІЙ → YURII), else only its first letter (Юрій → Yurii).
      const neighbour = letterBeside(i, 1) ?? before;
      latin = neighbour !== undefined && isUpper(neighbour) ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}

/**
 * Reference data in two languages (docs/decisions/039-reference-data-in-two-languages.md): which
 * text a page shows for a record's field in a language, and whether that text is in another
 * language because the wanted one is missing. Pure: the rows come from lib/server/translations.ts
 * (or, for the held vocabulary, lib/server/jurisdiction.ts).
 */
import type { IsoDate } from "./dates";

/** The language reference data is recorded in: its own columns hold English (decision 039). */
export const RECORDED_LOCALE = "en";

/** Who the seed names as the translator of the texts it translates. */
export const SEED_TRANSLATOR = "tracker team";

/** The models whose fields carry other languages, and those fields. */
export const TRANSLATABLE = {
  Forum: ["name", "shortName", "description", "coversNote"],
  CrimeCategory: ["name", "description"],
  ResponsibilityLevel: ["name", "description"],
  ModeOfLiability: ["name", "description"],
  AccusedKind: ["name", "description"],
  Situation: ["name", "description"],
  MilestoneTrack: ["name", "description"],
  MilestoneType: ["name"],
  Instrument: ["title", "shortTitle", "description"],
  Provision: ["heading", "summary"],
  JurisdictionRule: ["summary", "condition"],
  ComplementarityPolicy: ["statement"],
  Milestone: ["title", "description", "whatChanged"],
  // Users' own texts (decision 042): recorded in the language they were written in (`lang`), the
  // other language a row here.
  Case: ["title", "summary"],
  Annotation: ["body"],
} as const;

export type TranslatableEntity = keyof typeof TRANSLATABLE;

/**
 * The models users write in either language (decision 042): each record names its language
 * (`lang`), so an English page may need their translations too. Reference data is always English.
 */
export const WRITTEN_IN_EITHER_LANGUAGE: readonly TranslatableEntity[] = ["Milestone", "Case", "Annotation"];
export type TranslatableField<E extends TranslatableEntity> = (typeof TRANSLATABLE)[E][number];

export const isTranslatableField = (entity: string, field: string): boolean =>
  Object.hasOwn(TRANSLATABLE, entity) && (TRANSLATABLE[entity as TranslatableEntity] as readonly string[]).includes(field);

export type TranslationState = "OFFICIAL" | "TRANSLATED" | "MISSING";

/** One stored translation of one field (a row of the Translation table), as the pages need it. */
export type StoredTranslation = {
  locale: string;
  state: TranslationState;
  text: string | null;
  /** OFFICIAL: where the institution's own text is published, and the passage. */
  source: { slug: string; title: string; url: string | null } | null;
  sourceLocator: string | null;
  /** TRANSLATED: who translated it, and on which day. */
  translatedBy: string | null;
  translatedOn: IsoDate | null;
};

/** What a page shows for a field in a language. */
export type ShownText = {
  text: string;
  /** The language the text is in: the `lang` attribute it is shown with. */
  lang: string;
  /** True when the wanted language is missing and `text` is in `lang` instead: shown marked as such. */
  missing: boolean;
  /** RECORDED: the record's own text, in the language it was recorded in. */
  state: "RECORDED" | "OFFICIAL" | "TRANSLATED" | "MISSING";
  source: StoredTranslation["source"];
  sourceLocator: string | null;
  translatedBy: string | null;
  translatedOn: IsoDate | null;
};

const usable = (t: StoredTranslation | undefined): t is StoredTranslation & { text: string } =>
  t !== undefined && t.state !== "MISSING" && typeof t.text === "string" && t.text.trim() !== "";

const none = { source: null, sourceLocator: null, translatedBy: null, translatedOn: null } as const;

/**
 * The text of a field for `wanted`: the recorded text when it is recorded in that language; else
 * the translation into it, official or translated; else (no row, a MISSING row, an empty text) the
 * recorded text, `missing` and in its own language. Null only when there is no text at all (an
 * optional field left empty, with no translation).
 */
export function pickText(
  recorded: { text: string | null; locale: string },
  translations: readonly StoredTranslation[],
  wanted: string,
): ShownText | null {
  if (wanted === recorded.locale && recorded.text !== null) {
    return { text: recorded.text, lang: recorded.locale, missing: false, state: "RECORDED", ...none };
  }
  const own = translations.find((t) => t.locale === wanted);
  if (usable(own)) {
    return {
      text: own.text,
      lang: wanted,
      missing: false,
      state: own.state === "OFFICIAL" ? "OFFICIAL" : "TRANSLATED",
      source: own.state === "OFFICIAL" ? own.source : null,
      sourceLocator: own.state === "OFFICIAL" ? own.sourceLocator : null,
      translatedBy: own.state === "TRANSLATED" ? own.translatedBy : null,
      translatedOn: own.state === "TRANSLATED" ? own.translatedOn : null,
    };
  }
  if (recorded.text !== null) {
    return { text: recorded.text, lang: recorded.locale, missing: wanted !== recorded.locale, state: "MISSING", ...none };
  }
  return null;
}

/** The stored translations of many records, keyed by `translationKey`. */
export type TranslationIndex = Readonly<Record<string, readonly StoredTranslation[]>>;

export const translationKey = (entity: string, id: string, field: string) => `${entity}:${id}:${field}`;

/** Groups stored rows into an index. */
export function indexTranslations(rows: readonly (StoredTranslation & { entityType: string; entityId: string; field: string })[]): TranslationIndex {
  const index: Record<string, StoredTranslation[]> = {};
  for (const { entityType, entityId, field, ...t } of rows) (index[translationKey(entityType, entityId, field)] ??= []).push(t);
  return index;
}

/**
 * `pickText` for a field of a record, from an index. Reference data is recorded in English; a
 * user's record (milestone, case, note) names its own language (`recordedLocale`, its `lang`).
 */
export function shownField<E extends TranslatableEntity>(
  index: TranslationIndex,
  entity: E,
  id: string,
  field: TranslatableField<E>,
  recorded: string,
  wanted: string,
  recordedLocale?: string,
): ShownText;
export function shownField<E extends TranslatableEntity>(
  index: TranslationIndex,
  entity: E,
  id: string,
  field: TranslatableField<E>,
  recorded: string | null,
  wanted: string,
  recordedLocale?: string,
): ShownText | null;
export function shownField<E extends TranslatableEntity>(
  index: TranslationIndex,
  entity: E,
  id: string,
  field: TranslatableField<E>,
  recorded: string | null,
  wanted: string,
  recordedLocale: string = RECORDED_LOCALE,
): ShownText | null {
  return pickText({ text: recorded, locale: recordedLocale }, index[translationKey(entity, id, field)] ?? [], wanted);
}

/** A record's name in a language, beside its slug and recorded name: the vocabulary's lists, in words. */
export type ShownName = { slug: string; name: string; shown: ShownText };

/** Each named record of a vocabulary list with its name in `wanted`. */
export function namesIn<E extends TranslatableEntity>(
  index: TranslationIndex,
  entity: E,
  items: readonly { id: string; slug: string; name: string }[],
  wanted: string,
): ShownName[] {
  return items.map((i) => ({ slug: i.slug, name: i.name, shown: shownField(index, entity, i.id, "name" as TranslatableField<E>, i.name, wanted) }));
}

/** A text as plain words, for places that take no markup (an option, a title): the note in brackets when missing. */
export function plainShown(shown: ShownText, note: string): string {
  return shown.missing ? `${shown.text} (${note})` : shown.text;
}

/**
 * The language a text that carries no `lang` of its own is written in, by its letters: Ukrainian
 * when Cyrillic letters outnumber Latin ones, else English. For the short texts recorded with a
 * case and never translated (an accused's rank, a charge's provision as cited, a stage's note):
 * it sets their `lang` and says, on a page in the other language, that they are shown as recorded.
 */
export function writtenIn(text: string): "uk" | "en" {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin ? "uk" : "en";
}

/** The language of the first of these texts that is not in the page's, if any (for one note a section). */
export function otherLanguageAmong(texts: readonly (string | null | undefined)[], locale: string): "uk" | "en" | null {
  for (const text of texts) {
    if (!text) continue;
    const language = writtenIn(text);
    if (language !== locale) return language;
  }
  return null;
}

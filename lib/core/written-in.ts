/**
 * Users' texts written in either language (docs/decisions/042-users-texts-in-either-language.md):
 * the input pieces a record's schema adds for the language it is written in (`lang`) and its
 * texts in the other languages (`translations`: `{ uk: { title: "…" } }`). Generic over the
 * record's translatable fields, so milestones, cases and notes read them alike.
 */
import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";
import { optionalText } from "./input-fields";
import { pickText, type ShownText } from "./translations";

/** The language a record is written in: one of LOCALES; left out, English (every earlier record's). */
export const langInput = z
  .preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.enum(LOCALES, { message: `must be one of ${LOCALES.join(", ")}: the language the texts are written in` }))
  .nullish()
  .transform((v): Locale => v ?? DEFAULT_LOCALE);

/** Each other language's texts: a field's text, or null (none: a row held is removed). */
export type TranslationTexts<F extends string> = Partial<Record<Locale, Partial<Record<F, string | null>>>>;

/**
 * `translations`: per language, per field, the text (at most `limits[field]` characters) or
 * null/empty for none. A language or field the record does not have is refused by name.
 */
export function translationsInput<F extends string>(limits: Record<F, number>) {
  const fields: Record<string, z.ZodType> = Object.fromEntries(Object.entries(limits).map(([field, max]) => [field, optionalText(max as number).optional()]));
  const texts = z.object(fields).strict().nullish();
  const perLocale: Record<string, z.ZodType> = Object.fromEntries(LOCALES.map((l) => [l, texts.optional()]));
  return z
    .object(perLocale, { message: "must be an object of languages, each with its texts: { \"uk\": { \"title\": \"…\" } }" })
    .strict()
    .nullish()
    .transform((v): TranslationTexts<F> => {
      const out: TranslationTexts<F> = {};
      for (const l of LOCALES) {
        const given = (v as Record<string, Record<string, string | null | undefined> | null | undefined> | null | undefined)?.[l];
        if (given === undefined) continue;
        out[l] = Object.fromEntries(Object.keys(limits).map((f) => [f, given?.[f] ?? null])) as Partial<Record<F, string | null>>;
      }
      return out;
    });
}

/**
 * The refusal of a translation into the record's own language (it holds each language once),
 * added to the schema's issues under `translations.<lang>.<field>`.
 */
export function refuseOwnLanguage<F extends string>(lang: Locale, translations: TranslationTexts<F>, ctx: z.RefinementCtx): void {
  for (const [field, text] of Object.entries(translations[lang] ?? {})) {
    if (typeof text === "string" && text !== "") {
      ctx.addIssue({
        code: "custom",
        path: ["translations", lang, field],
        message: `is in the language the record is written in (${lang}), which its ${field} holds: a record holds each language once. Give the translation into another language, or change the language the record is written in`,
      });
    }
  }
}

/**
 * A change's translations over the record's current ones (an API PATCH sends only what changes):
 * a language left out keeps its texts, a language given as null removes them all, and within a
 * language a field left out keeps its text.
 */
export function mergedTranslations(current: unknown, given: unknown): unknown {
  if (given === undefined) return current;
  if (typeof given !== "object" || given === null || Array.isArray(given)) return given;
  const base = typeof current === "object" && current !== null ? (current as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...base };
  for (const [locale, texts] of Object.entries(given)) {
    const held = base[locale];
    if (texts === null) out[locale] = null;
    else if (typeof texts === "object" && !Array.isArray(texts) && typeof held === "object" && held !== null) out[locale] = { ...held, ...texts };
    else out[locale] = texts;
  }
  return out;
}

/** The other languages of a record written in `lang`. */
export const otherLocales = (lang: string): Locale[] => LOCALES.filter((l) => l !== lang);

/**
 * A user's text in the reader's language: the record's own text when it is written in `wanted`,
 * else its translation into it, else its own text marked missing, in its own language (pickText).
 * Lists carry the texts, not their provenance; the record's page reads that apart.
 */
export function shownIn<F extends string>(record: { lang: string; translations: TranslationTexts<F> }, field: F, recorded: string, wanted: string): ShownText;
export function shownIn<F extends string>(record: { lang: string; translations: TranslationTexts<F> }, field: F, recorded: string | null, wanted: string): ShownText | null;
export function shownIn<F extends string>(record: { lang: string; translations: TranslationTexts<F> }, field: F, recorded: string | null, wanted: string): ShownText | null {
  const translated = Object.entries(record.translations).flatMap(([locale, texts]) => {
    const text = (texts as Partial<Record<F, string | null>> | undefined)?.[field];
    return text ? [{ locale, state: "TRANSLATED" as const, text, source: null, sourceLocator: null, translatedBy: null, translatedOn: null }] : [];
  });
  return pickText({ text: recorded, locale: record.lang }, translated, wanted);
}

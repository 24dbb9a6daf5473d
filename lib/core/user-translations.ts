/**
 * Users' texts written in either language (docs/decisions/042-users-texts-in-either-language.md):
 * a record names its language (`lang`); its other languages come as `translations`
 * (`{ "uk": { "title": "…" } }`), one entry per field, a null or empty text removing it. The zod
 * pieces the case and note schemas share, and the day a translation is dated.
 */
import { z } from "zod";
import { LOCALES, type Locale } from "./locales";
import type { IsoDate } from "./dates";
import { pickText, type ShownText } from "./translations";

/** A record's texts in other languages: locale → field → text (null: remove it). */
export type UserTranslations = Partial<Record<Locale, Partial<Record<string, string | null>>>>;

/** The language a record is written in. */
export const langField = z.enum(LOCALES, { message: `must be one of ${LOCALES.map((l) => `"${l}"`).join(", ")}: the language the text is written in` });

const NUL_MESSAGE = "contains a NUL character (U+0000), which cannot be stored: remove it (most editors do not show it)";

/**
 * The `translations` of a record whose translatable fields are `fields` (each with its longest
 * length, as the recorded field): a known language, known fields, texts or null.
 */
export function translationsField<F extends string>(fields: Record<F, number>) {
  const texts = Object.fromEntries(
    Object.entries<number>(fields).map(([field, max]) => [
      field,
      z
        .string({ message: "must be text, or null to remove the translation" })
        .transform((v) => v.replace(/\r\n?/g, "\n").trim())
        .pipe(z.string().max(max, { message: `must be at most ${max.toLocaleString("en-GB")} characters` }).refine((v) => !v.includes("\u0000"), { message: NUL_MESSAGE }))
        .nullable()
        .optional()
        .transform((v) => (v === undefined ? undefined : v ? v : null)),
    ]),
  ) as unknown as Record<F, z.ZodType<string | null | undefined>>;
  const perLanguage = z.object(texts).strict();
  return z
    .object(Object.fromEntries(LOCALES.map((l) => [l, perLanguage.optional()])) as Record<Locale, z.ZodOptional<typeof perLanguage>>)
    .strict()
    .transform((t) => t as UserTranslations);
}

/**
 * A translation into the record's own language is refused, naming the field: a record cannot
 * hold the same language twice (decision 042). For a schema's superRefine.
 */
export function refuseOwnLanguage(lang: unknown, translations: unknown, ctx: z.RefinementCtx): void {
  if (typeof lang !== "string" || typeof translations !== "object" || translations === null) return;
  const own = (translations as Record<string, unknown>)[lang];
  if (typeof own !== "object" || own === null) return;
  for (const [field, text] of Object.entries(own)) {
    if (typeof text === "string" && text.trim() !== "") {
      ctx.addIssue({
        code: "custom",
        path: ["translations", lang, field],
        message: `is in the language the record is written in ("${lang}"): write it in ${field} itself, or give the translation in another language`,
      });
    }
  }
}

/** Today's calendar date in a time zone (a translation is dated the reader's day in Kyiv). */
export function isoTodayIn(now: Date, zone = "Europe/Kyiv"): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The other languages a record written in `lang` may be translated into. */
export const otherLocales = (lang: string): Locale[] => LOCALES.filter((l) => l !== lang);

/** A record's stored translations as the API returns them: only the languages and fields that have a text. */
export function compactTranslations(t: UserTranslations): UserTranslations {
  const out: UserTranslations = {};
  for (const locale of LOCALES) {
    const fields = Object.entries(t[locale] ?? {}).filter(([, v]) => typeof v === "string" && v !== "");
    if (fields.length > 0) out[locale] = Object.fromEntries(fields);
  }
  return out;
}

/**
 * What a record's translations are after a save: the stored ones, the given fields replacing
 * theirs (null or empty: removed), none in the record's own language. A field left out stays.
 */
export function mergedTranslations(stored: UserTranslations, given: UserTranslations | null | undefined, lang: string): UserTranslations {
  const out: UserTranslations = {};
  for (const locale of otherLocales(lang)) out[locale] = { ...(stored[locale] ?? {}), ...Object.fromEntries(Object.entries(given?.[locale] ?? {}).filter(([, v]) => v !== undefined)) };
  return compactTranslations(out);
}

/** Whether two records' translations say the same. */
export const sameTranslations = (a: UserTranslations, b: UserTranslations): boolean => JSON.stringify(compactTranslations(a)) === JSON.stringify(compactTranslations(b));

/**
 * A form's translations: a form shows every other-language field, so a field sent empty (left out
 * by the form reader) means "none" and removes a stored one.
 */
export function formTranslations(given: UserTranslations | null | undefined, lang: string, fields: readonly string[]): UserTranslations {
  return Object.fromEntries(otherLocales(lang).map((l) => [l, Object.fromEntries(fields.map((f) => [f, given?.[l]?.[f] ?? null]))]));
}

/**
 * A user's record's field in the reader's language, from its recorded text and language and its
 * stored translations (as the API gives them): `pickText` of lib/core/translations.ts.
 */
export function shownUserText(recorded: string, lang: string, translations: UserTranslations, field: string, wanted: string): ShownText {
  const rows = Object.entries(translations).flatMap(([locale, fields]) => {
    const text = fields?.[field];
    return text ? [{ locale, state: "TRANSLATED" as const, text, source: null, sourceLocator: null, translatedBy: null, translatedOn: null }] : [];
  });
  return pickText({ text: recorded, locale: lang }, rows, wanted)!;
}

import "server-only";
/**
 * Reads the other languages of reference records (docs/decisions/039-reference-data-in-two-languages.md).
 * The pages read their records as before, then the translations of those records in the page's
 * language in one statement, and pick each field's text with lib/core/translations.ts.
 */
import { fromIsoDate, type IsoDate, toIsoDate } from "@/lib/core/dates";
import { isLocale, LOCALES, type Locale } from "@/lib/core/locales";
import { dayIn, DEFAULT_TIME_ZONE } from "@/lib/core/timestamps";
import type { UserTranslations } from "@/lib/core/user-translations";
import {
  indexTranslations,
  RECORDED_LOCALE,
  shownField,
  type ShownText,
  TRANSLATABLE,
  type StoredTranslation,
  type TranslatableEntity,
  type TranslatableField,
  type TranslationIndex,
  WRITTEN_IN_EITHER_LANGUAGE,
} from "@/lib/core/translations";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import { db } from "./db";
import { AppError } from "./errors";
import type { Tx } from "./transaction";

/** What a stored translation is read with. */
export const translationSelect = {
  entityType: true,
  entityId: true,
  field: true,
  locale: true,
  state: true,
  text: true,
  source: { select: { slug: true, title: true, url: true } },
  sourceLocator: true,
  translatedBy: true,
  translatedOn: true,
} as const satisfies Prisma.TranslationSelect;

type TranslationRow = Prisma.TranslationGetPayload<{ select: typeof translationSelect }>;

export function toStoredTranslation(row: TranslationRow): StoredTranslation & { entityType: string; entityId: string; field: string } {
  return { ...row, translatedOn: row.translatedOn && toIsoDate(row.translatedOn) };
}

type Reader = Pick<typeof db, "translation">;

/**
 * The translations into `locale` of the named records of some models: one statement. Nothing is
 * read for English when only reference data (recorded in English) is asked for.
 */
export async function readTranslations(
  wanted: readonly { entity: TranslatableEntity; ids: readonly string[] }[],
  locale: string,
  reader: Reader = db,
): Promise<TranslationIndex> {
  const asked = wanted.filter((w) => w.ids.length > 0);
  if (asked.length === 0) return {};
  if (locale === RECORDED_LOCALE && !asked.some((w) => WRITTEN_IN_EITHER_LANGUAGE.includes(w.entity))) return {};
  const rows = await reader.translation.findMany({
    where: { locale, OR: asked.map((w) => ({ entityType: w.entity, entityId: { in: [...w.ids] } })) },
    select: translationSelect,
  });
  return indexTranslations(rows.map(toStoredTranslation));
}

/** Every translation of some models (the held vocabulary reads them for every language at once). */
export async function readAllTranslations(entities: readonly TranslatableEntity[], reader: Reader = db): Promise<TranslationIndex> {
  const rows = await reader.translation.findMany({ where: { entityType: { in: [...entities] } }, select: translationSelect });
  return indexTranslations(rows.map(toStoredTranslation));
}

export type Shown<F extends string> = Record<F, ShownText>;

/**
 * Records of one model with the text of `fields` in `locale` beside them (`shown`), the recorded
 * fields left as they are (the API and other readers keep the recorded English).
 */
export async function withShown<E extends TranslatableEntity, F extends TranslatableField<E>, R extends { id: string } & Record<F, string>>(
  entity: E,
  rows: readonly R[],
  fields: readonly F[],
  locale: string,
): Promise<(R & { shown: Shown<F> })[]> {
  const index = await readTranslations([{ entity, ids: rows.map((r) => r.id) }], locale);
  return rows.map((row) => ({
    ...row,
    shown: Object.fromEntries(fields.map((f) => [f, shownField(index, entity, row.id, f, row[f], locale)])) as Shown<F>,
  }));
}

/** Each translatable model's Prisma delegate, for reading its ids by slug. */
type SlugReader = { findMany(args: { where: { slug: { in: string[] } }; select: { id: true; slug: true } }): Promise<{ id: string; slug: string }[]> };
const delegateOf = (entity: TranslatableEntity): SlugReader =>
  (db as unknown as Record<string, SlugReader>)[entity.charAt(0).toLowerCase() + entity.slice(1)]!;

/** Picks a field's text for a record named by its slug (shownBySlug). */
export type PickBySlug<F extends string> = {
  (slug: string, field: F, recorded: string): ShownText;
  (slug: string, field: F, recorded: string | null): ShownText | null;
};

/**
 * For pages whose reads name records by slug and keep the recorded fields (the API serves the same
 * reads): the records' translations into `locale`, as a picker `(slug, field, recorded) → text`.
 * Two statements (ids, translations); none for the recorded language.
 */
export async function shownBySlug<E extends TranslatableEntity>(entity: E, slugs: readonly string[], locale: string): Promise<PickBySlug<TranslatableField<E>>> {
  let ids = new Map<string, string>();
  let index: TranslationIndex = {};
  if (locale !== RECORDED_LOCALE && slugs.length > 0) {
    const rows = await delegateOf(entity).findMany({ where: { slug: { in: [...new Set(slugs)] } }, select: { id: true, slug: true } });
    ids = new Map(rows.map((r) => [r.slug, r.id]));
    index = await readTranslations([{ entity, ids: rows.map((r) => r.id) }], locale);
  }
  return ((slug: string, field: TranslatableField<E>, recorded: string | null) =>
    shownField(index, entity, ids.get(slug) ?? "", field, recorded, locale)) as PickBySlug<TranslatableField<E>>;
}

// ---------------------------------------------------------------------------------------------
// Users' texts in either language (docs/decisions/042-users-texts-in-either-language.md).

/** Who the tracker shows as a user's translator: their name (the operator by the name it gave). */
export async function translatorName(tx: Pick<typeof db, "user">, actor: Actor): Promise<string> {
  if (actor.kind === "operator") return actor.name;
  if (actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Sign in to do this.");
  const user = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to do this.");
  return user.name;
}

/**
 * Writes a user's record's other-language texts, in the record's transaction (decision 042): each
 * field given with a text is stored TRANSLATED by the actor on `today` (a text that did not change
 * keeps its translator and day); a field given as null or empty loses its text (a MISSING row, with
 * its reason, stays); a field left out
 * stays as it is. Rows in the record's own language are removed (after a change of `lang` the
 * record holds that language in its own columns). A translation into `lang` is refused by name.
 */
export async function writeUserTranslations({
  tx,
  entity,
  id,
  lang,
  translations,
  actor,
  today,
}: {
  tx: Tx;
  entity: TranslatableEntity;
  id: string;
  lang: string;
  translations: UserTranslations | null | undefined;
  actor: Actor;
  today: IsoDate;
}): Promise<void> {
  const fields = TRANSLATABLE[entity] as readonly string[];
  for (const [field, text] of Object.entries(translations?.[lang as Locale] ?? {})) {
    if (text) throw AppError.invalidInput([{ parameter: `translations.${lang}.${field}`, message: `is in the language the record is written in ("${lang}"): write it in ${field} itself, or give the translation in another language` }]);
  }
  await tx.translation.deleteMany({ where: { entityType: entity, entityId: id, locale: lang } });
  let by: string | null = null;
  for (const locale of LOCALES) {
    if (locale === lang) continue;
    for (const [field, text] of Object.entries(translations?.[locale] ?? {})) {
      if (text === undefined) continue;
      if (!fields.includes(field)) throw AppError.invalidInput([{ parameter: `translations.${locale}.${field}`, message: `is not a field that is translated (${fields.join(", ")})` }]);
      const key = { entityType: entity, entityId: id, field, locale };
      if (text === null || text.trim() === "") {
        // An empty field means no translation, which a MISSING row already says: its note (why it is
        // left for a lawyer) is kept, since the edit form never shows it to be cleared on purpose.
        await tx.translation.deleteMany({ where: { ...key, state: { not: "MISSING" } } });
        continue;
      }
      const existing = await tx.translation.findUnique({ where: { entityType_entityId_field_locale: key }, select: { text: true, state: true } });
      if (existing?.text === text && existing.state === "TRANSLATED") continue;
      by ??= await translatorName(tx, actor);
      const data = { state: "TRANSLATED" as const, text, translatedBy: by, translatedOn: fromIsoDate(today), source: { disconnect: true }, sourceLocator: null, note: null };
      if (existing) await tx.translation.update({ where: { entityType_entityId_field_locale: key }, data: { ...data, version: { increment: 1 } } });
      else await tx.translation.create({ data: { ...key, state: "TRANSLATED", text, translatedBy: by, translatedOn: fromIsoDate(today) } });
    }
  }
}

/** The stored other-language texts of some records of a user's model: id → locale → field → text. */
export async function readUserTranslations(
  reader: Reader,
  entity: TranslatableEntity,
  ids: readonly string[],
): Promise<Map<string, UserTranslations>> {
  const out = new Map<string, UserTranslations>();
  if (ids.length === 0) return out;
  const rows = await reader.translation.findMany({
    where: { entityType: entity, entityId: { in: [...ids] }, state: { not: "MISSING" } },
    select: { entityId: true, field: true, locale: true, text: true },
    orderBy: [{ locale: "asc" }, { field: "asc" }],
  });
  for (const r of rows) {
    if (!isLocale(r.locale) || r.text === null) continue;
    const t = out.get(r.entityId) ?? {};
    (t[r.locale] ??= {})[r.field] = r.text;
    out.set(r.entityId, t);
  }
  return out;
}

/** A record's texts in its other languages, each of `fields` present (null: none), as the milestones' audit picture and API carry them. */
export type RecordTranslations<F extends string> = Partial<Record<string, Record<F, string | null>>>;

/** The translations held for one record, in the shape of `RecordTranslations`. */
export async function readRecordTranslations<F extends string>(reader: Reader, entity: TranslatableEntity, id: string, fields: readonly F[]): Promise<RecordTranslations<F>> {
  const held = (await readUserTranslations(reader, entity, [id])).get(id) ?? {};
  return Object.fromEntries(
    Object.entries(held).map(([locale, texts]) => [locale, Object.fromEntries(fields.map((f) => [f, texts?.[f] ?? null])) as Record<F, string | null>]),
  );
}

/** The day a translation is dated: today in Kyiv, where the tracker's day is reckoned (decision 034). */
export const translationDay = (now: Date): IsoDate => dayIn(now, DEFAULT_TIME_ZONE).iso;

import "server-only";
/**
 * Reads the other languages of reference records (docs/decisions/039-reference-data-in-two-languages.md).
 * The pages read their records as before, then the translations of those records in the page's
 * language in one statement, and pick each field's text with lib/core/translations.ts.
 */
import { toIsoDate } from "@/lib/core/dates";
import {
  indexTranslations,
  RECORDED_LOCALE,
  shownField,
  type ShownText,
  type StoredTranslation,
  type TranslatableEntity,
  type TranslatableField,
  type TranslationIndex,
  WRITTEN_IN_EITHER_LANGUAGE,
} from "@/lib/core/translations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";

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

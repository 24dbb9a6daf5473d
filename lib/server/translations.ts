import "server-only";
/**
 * Reads the other languages of reference records (docs/decisions/039-reference-data-in-two-languages.md).
 * The pages read their records as before, then the translations of those records in the page's
 * language in one statement, and pick each field's text with lib/core/translations.ts.
 */
import { fromIsoDate, toIsoDate, type IsoDate } from "@/lib/core/dates";
import { dayIn, DEFAULT_TIME_ZONE } from "@/lib/core/timestamps";
import type { Actor } from "./actor";
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

// ---------------------------------------------------------------------------------------------
// Users' translations (docs/decisions/042-users-texts-in-either-language.md): a milestone, a case or
// a note written in one language carries its texts in the others as Translation rows, written by
// the record's own use case in its transaction, under its version check.

/** A record's texts in its other languages, as its audit picture and the API carry them. */
export type UserTranslations<F extends string> = Partial<Record<string, Record<F, string | null>>>;

/** The translations held for a record: per other language, each field's text (null: none). */
export async function readUserTranslations<E extends TranslatableEntity, F extends TranslatableField<E>>(
  reader: Reader,
  entity: E,
  id: string,
  fields: readonly F[],
): Promise<UserTranslations<F>> {
  const rows = await reader.translation.findMany({ where: { entityType: entity, entityId: id }, select: { field: true, locale: true, state: true, text: true }, orderBy: [{ locale: "asc" }] });
  const out: UserTranslations<F> = {};
  for (const row of rows) {
    if (!(fields as readonly string[]).includes(row.field)) continue;
    const held = (out[row.locale] ??= Object.fromEntries(fields.map((f) => [f, null])) as Record<F, string | null>);
    held[row.field as F] = row.state === "MISSING" ? null : row.text;
  }
  return out;
}

/**
 * Writes a user's translations of one record: for each language other than the record's own and
 * each field given, a text is stored TRANSLATED (by `by`, on `on`), a changed text replaces the
 * row's (a new version), an unchanged one is left as it is (it keeps its translator and day), and
 * an empty one deletes the row. Rows in the record's own language are deleted: it holds that
 * language in its own columns. Runs in the caller's transaction (the record's use case, which
 * audits the record with its translations and checks its version).
 */
export async function writeUserTranslations<E extends TranslatableEntity, F extends TranslatableField<E>>(
  tx: Pick<typeof db, "translation">,
  { entity, id, lang, fields, translations, by, on }: {
    entity: E;
    id: string;
    lang: string;
    fields: readonly F[];
    translations: Partial<Record<string, Partial<Record<F, string | null>>>>;
    by: string;
    on: IsoDate;
  },
): Promise<void> {
  const held = await tx.translation.findMany({ where: { entityType: entity, entityId: id }, select: { id: true, field: true, locale: true, state: true, text: true } });
  const heldOf = (locale: string, field: string) => held.find((r) => r.locale === locale && r.field === field);
  const ownRows = held.filter((r) => r.locale === lang).map((r) => r.id);
  if (ownRows.length > 0) await tx.translation.deleteMany({ where: { id: { in: ownRows } } });
  for (const [locale, texts] of Object.entries(translations)) {
    if (locale === lang || !texts) continue;
    for (const field of fields) {
      if (!(field in texts)) continue;
      const text = texts[field]?.trim() || null;
      const row = heldOf(locale, field);
      if (text === null) {
        if (row) await tx.translation.delete({ where: { id: row.id } });
      } else if (!row) {
        await tx.translation.create({ data: { entityType: entity, entityId: id, field, locale, state: "TRANSLATED", text, translatedBy: by, translatedOn: fromIsoDate(on) } });
      } else if (row.text !== text || row.state !== "TRANSLATED") {
        await tx.translation.update({
          where: { id: row.id },
          data: { state: "TRANSLATED", text, translatedBy: by, translatedOn: fromIsoDate(on), sourceId: null, sourceLocator: null, note: null, version: { increment: 1 } },
        });
      }
    }
  }
}

/** Who a user's translation is by: the actor's name as the tracker shows it (the operator's as given). */
export async function translatorOf(tx: Pick<typeof db, "user">, actor: Actor): Promise<string> {
  if (actor.kind === "operator") return actor.name;
  if (actor.kind !== "user") return "anonymous";
  const user = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  return user?.name ?? "unknown user";
}

/** The day a translation is dated: today in Kyiv, where the tracker's day is reckoned (decision 034). */
export const translationDay = (now: Date): IsoDate => dayIn(now, DEFAULT_TIME_ZONE).iso;

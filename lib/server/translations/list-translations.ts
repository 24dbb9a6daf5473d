import "server-only";
/**
 * Every translatable field of the reference records with its translation into a language
 * (docs/decisions/043-translation-editor.md): the /translations page and GET /api/v1/translations.
 * Reference data is small (a few hundred fields), so each model's records and the language's rows
 * are read whole, one statement per model and one for the rows, and filtered here.
 */
import { EDITABLE_ENTITIES, TRANSLATION_LOCALES } from "@/lib/core/translation-input";
import { TRANSLATABLE, type TranslatableEntity, type TranslationState } from "@/lib/core/translations";
import { queryKey, searchKey } from "@/lib/core/search-normal";
import { db } from "../db";
import { recordsOf, translationRecord, translationRowSelect, type TranslationRecord } from "./translation-record";

export type TranslationFilter = { entity?: TranslatableEntity | null; state?: TranslationState | null; q?: string | null; locale: string };

export type TranslationList = {
  /** Per state, the fields of the chosen models matching the words, whatever the state filter. */
  counts: Record<TranslationState, number>;
  translations: TranslationRecord[];
};

/** Missing first (what needs a translator), then translated, then official; by model, record and field. */
const STATE_ORDER: Record<TranslationState, number> = { MISSING: 0, TRANSLATED: 1, OFFICIAL: 2 };

export async function listTranslations(filter: TranslationFilter): Promise<TranslationList> {
  const entities = filter.entity ? [filter.entity] : EDITABLE_ENTITIES;
  const [records, rows] = await Promise.all([
    Promise.all(entities.map(async (entity) => ({ entity, records: await recordsOf(db, entity) }))),
    db.translation.findMany({ where: { locale: filter.locale, entityType: { in: [...entities] } }, select: translationRowSelect }),
  ]);
  const byKey = new Map(rows.map((r) => [`${r.entityType}:${r.entityId}:${r.field}`, r]));
  const all: TranslationRecord[] = [];
  for (const { entity, records: list } of records) {
    for (const record of list) {
      for (const [field, recorded] of Object.entries(record.fields)) {
        // A field left empty in English has nothing to translate.
        if (recorded === null || recorded.trim() === "") continue;
        all.push(translationRecord({ entity, slug: record.slug, field, locale: filter.locale, recorded }, byKey.get(`${entity}:${record.id}:${field}`) ?? null));
      }
    }
  }
  // Every word, in either language and its word forms (as the case search treats them), within the slug, the English, the translation or the note.
  const words = (filter.q ?? "").split(/\s+/).filter(Boolean).map(queryKey);
  const matching = words.length === 0 ? all : all.filter((t) => {
    const haystack = searchKey([t.slug, t.recorded, t.text ?? "", t.note ?? ""].join(" "));
    return words.every((w) => haystack.includes(w));
  });
  const counts: Record<TranslationState, number> = { MISSING: 0, TRANSLATED: 0, OFFICIAL: 0 };
  for (const t of matching) counts[t.state]++;
  const order = new Map(EDITABLE_ENTITIES.map((e, i) => [e, i]));
  const translations = matching
    .filter((t) => !filter.state || t.state === filter.state)
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || order.get(a.entity)! - order.get(b.entity)! || a.slug.localeCompare(b.slug) || a.field.localeCompare(b.field));
  return { counts, translations };
}

/**
 * One field's translation for the editor, or null when the address names no such record or field
 * (the page's 404). A field recorded empty has nothing to translate: null too.
 */
export async function findTranslation(target: { entity: string; slug: string; field: string; locale: string }): Promise<TranslationRecord | null> {
  if (!(EDITABLE_ENTITIES as readonly string[]).includes(target.entity)) return null;
  const entity = target.entity as TranslatableEntity;
  if (!(TRANSLATABLE[entity] as readonly string[]).includes(target.field) || !(TRANSLATION_LOCALES as readonly string[]).includes(target.locale)) return null;
  const [record] = await recordsOf(db, entity, [target.slug]);
  const recorded = record?.fields[target.field] ?? null;
  if (!record || recorded === null || recorded.trim() === "") return null;
  const row = await db.translation.findUnique({
    where: { entityType_entityId_field_locale: { entityType: entity, entityId: record.id, field: target.field, locale: target.locale } },
    select: translationRowSelect,
  });
  return translationRecord({ entity, slug: record.slug, field: target.field, locale: target.locale, recorded }, row);
}

import "server-only";
/**
 * One field's translation as the editor, its page and the API show it
 * (docs/decisions/043-translation-editor.md): the record it belongs to (model and slug), the field,
 * the recorded English beside it, and the stored row's state and provenance, or "no row" (state
 * MISSING, version 0).
 */
import { toIsoDate, type IsoDate } from "@/lib/core/dates";
import { RECORDED_LOCALE, TRANSLATABLE, type TranslatableEntity, type TranslationState } from "@/lib/core/translations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translationSelect } from "../translations";

export type TranslationRecord = {
  entity: TranslatableEntity;
  slug: string;
  field: string;
  locale: string;
  /** The recorded text (English for reference data), which the translation renders. */
  recorded: string;
  recordedLocale: string;
  /** MISSING when there is no row at all (`stored` false) as when a row says so. */
  state: TranslationState;
  stored: boolean;
  text: string | null;
  source: { slug: string; title: string; url: string | null } | null;
  sourceLocator: string | null;
  translatedBy: string | null;
  translatedOn: IsoDate | null;
  note: string | null;
  /** 0 when there is no row: send it back as expectedVersion. */
  version: number;
};

/** What the pages read (translations.ts `translationSelect`), with the editor's note and version. */
export const translationRowSelect = {
  ...translationSelect,
  id: true,
  note: true,
  version: true,
} as const satisfies Prisma.TranslationSelect;

export type TranslationRow = Prisma.TranslationGetPayload<{ select: typeof translationRowSelect }>;

export function translationRecord(
  target: { entity: TranslatableEntity; slug: string; field: string; locale: string; recorded: string },
  row: TranslationRow | null,
): TranslationRecord {
  return {
    ...target,
    recordedLocale: RECORDED_LOCALE,
    state: row?.state ?? "MISSING",
    stored: row !== null,
    text: row?.text ?? null,
    source: row?.source ?? null,
    sourceLocator: row?.sourceLocator ?? null,
    translatedBy: row?.translatedBy ?? null,
    translatedOn: row?.translatedOn ? toIsoDate(row.translatedOn) : null,
    note: row?.note ?? null,
    version: row?.version ?? 0,
  };
}

/** A reference model's records with their translatable fields, read through its Prisma delegate. */
type FieldReader = {
  findMany(args: { where?: Record<string, unknown>; select: Record<string, true>; orderBy?: Record<string, "asc">[] }): Promise<Record<string, string | null>[]>;
};

/** Models whose records are soft-deleted: a deleted record's texts are not offered. */
const SOFT_DELETED: readonly TranslatableEntity[] = ["JurisdictionRule"];

/** The records of a model (all, or those of `slugs`) with id, slug and the translatable fields. */
export async function recordsOf(
  reader: unknown,
  entity: TranslatableEntity,
  slugs?: readonly string[],
): Promise<{ id: string; slug: string; fields: Record<string, string | null> }[]> {
  const fields = TRANSLATABLE[entity] as readonly string[];
  const delegate = (reader as Record<string, FieldReader>)[entity.charAt(0).toLowerCase() + entity.slice(1)]!;
  const where: Record<string, unknown> = {};
  if (slugs) where.slug = { in: [...slugs] };
  if (SOFT_DELETED.includes(entity)) where.deletedAt = null;
  const rows = await delegate.findMany({
    where,
    select: { id: true, slug: true, ...Object.fromEntries(fields.map((f) => [f, true])) },
    orderBy: [{ slug: "asc" }],
  });
  return rows.map((r) => ({ id: r.id!, slug: r.slug!, fields: Object.fromEntries(fields.map((f) => [f, r[f] ?? null])) }));
}

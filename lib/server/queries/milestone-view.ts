import "server-only";
import { partialDateOf } from "@/lib/core/dates";
import type { MilestoneItem, MilestoneView } from "@/lib/core/views";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MILESTONE_TEXT_FIELDS, type MilestoneTextField } from "@/lib/core/milestone-input";
import type { TranslationTexts } from "@/lib/core/written-in";
import { db } from "@/lib/server/db";
import { sourceSelect, toCitation } from "./citation";

/** A milestone as the pages show it, whole (its page) or as an item of a list, with only the columns they render. */

export const milestoneItemSelect = {
  id: true,
  slug: true,
  lang: true,
  title: true,
  occurredOn: true,
  precision: true,
  whatChanged: true,
  isSynthetic: true,
  track: { select: { slug: true, name: true } },
  type: { select: { slug: true, name: true } },
  situation: { select: { slug: true, name: true } },
  status: true,
} as const satisfies Prisma.MilestoneSelect;

export const milestoneSelect = {
  ...milestoneItemSelect,
  description: true,
  forums: { select: { slug: true, name: true, shortName: true }, orderBy: { sortOrder: "asc" } },
  sources: { select: { locator: true, documentSha256: true, page: true, source: { select: sourceSelect } }, orderBy: { sortOrder: "asc" } },
} as const satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;

/** A milestone's texts in its other languages (decision 042), as its views carry them. */
export type MilestoneTranslations = ReadonlyMap<string, TranslationTexts<MilestoneTextField>>;

/**
 * The texts in other languages of some milestones, by milestone id: one statement (none for no
 * milestones). A page picks the reader's language from them (shownIn), the API returns them.
 */
export async function readMilestoneTranslations(rows: readonly { id: string }[]): Promise<MilestoneTranslations> {
  const out = new Map<string, TranslationTexts<MilestoneTextField>>();
  if (rows.length === 0) return out;
  const found = await db.translation.findMany({
    where: { entityType: "Milestone", entityId: { in: rows.map((r) => r.id) }, field: { in: [...MILESTONE_TEXT_FIELDS] }, state: { not: "MISSING" } },
    select: { entityId: true, field: true, locale: true, text: true },
    orderBy: [{ locale: "asc" }, { field: "asc" }],
  });
  for (const t of found) {
    const of = out.get(t.entityId) ?? {};
    const texts = (of[t.locale as keyof typeof of] ??= { title: null, description: null, whatChanged: null });
    texts[t.field as MilestoneTextField] = t.text;
    out.set(t.entityId, of);
  }
  return out;
}

export function toMilestoneView(row: MilestoneRow, translations: MilestoneTranslations = new Map()): MilestoneView {
  return {
    slug: row.slug,
    lang: row.lang,
    translations: translations.get(row.id) ?? {},
    title: row.title,
    description: row.description,
    whatChanged: row.whatChanged,
    date: partialDateOf(row.occurredOn, row.precision),
    status: row.status,
    track: row.track,
    type: row.type,
    situation: row.situation,
    forums: row.forums,
    citations: row.sources.map((s) => toCitation(s.source, s.locator, { sha256: s.documentSha256, page: s.page })),
    isSynthetic: row.isSynthetic,
  };
}

/**
 * Newest first. Dates known only to the month or year are stored as the first day of their period,
 * so "September 2025" sorts after "4 September 2025"; the title breaks ties.
 */
export const milestoneOrder: Prisma.MilestoneOrderByWithRelationInput[] = [{ occurredOn: "desc" }, { title: "asc" }];

type MilestoneItemRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneItemSelect }>;

export function toMilestoneItem(row: MilestoneItemRow, translations: MilestoneTranslations = new Map()): MilestoneItem {
  return {
    slug: row.slug,
    lang: row.lang,
    translations: translations.get(row.id) ?? {},
    title: row.title,
    date: partialDateOf(row.occurredOn, row.precision),
    track: row.track,
    type: row.type,
    situation: row.situation,
    status: row.status,
    whatChanged: row.whatChanged,
    isSynthetic: row.isSynthetic,
  };
}

import "server-only";
import { partialDateOf } from "@/lib/core/dates";
import type { FeedMilestone } from "@/lib/web/atom";
import type { MilestoneFilters } from "@/lib/core/milestone-filters";
import { db } from "@/lib/server/db";
import { milestoneItemSelect, readMilestoneTranslations } from "./milestone-view";
import { filterWhere, translatedMatches } from "./milestones";

export const FEED_SIZE = 50;

/**
 * The feed's milestones: the latest recorded or updated first (so a subscriber sees new records
 * even when they are about old events), then by the milestone's own date. Soft-deleted rows are left out.
 */
export async function listFeedMilestones(filters: MilestoneFilters): Promise<FeedMilestone[]> {
  const rows = await db.milestone.findMany({
    // The timeline's own filters, every one of them: a feed follows what its page shows.
    where: filterWhere(filters, await translatedMatches(filters)),
    orderBy: [{ updatedAt: "desc" }, { occurredOn: "desc" }, { title: "asc" }],
    take: FEED_SIZE,
    select: {
      ...milestoneItemSelect,
      id: true,
      description: true,
      createdAt: true,
      updatedAt: true,
      forums: { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } },
      sources: { select: { source: { select: { title: true } } }, orderBy: { sortOrder: "asc" }, take: 1 },
    },
  });
  const translations = await readMilestoneTranslations(rows);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    lang: r.lang,
    translations: translations.get(r.id) ?? {},
    title: r.title,
    description: r.description,
    whatChanged: r.whatChanged,
    date: partialDateOf(r.occurredOn, r.precision),
    status: r.status,
    track: r.track,
    type: r.type,
    situation: r.situation,
    forums: r.forums,
    firstSourceTitle: r.sources[0]?.source.title ?? null,
    isSynthetic: r.isSynthetic,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

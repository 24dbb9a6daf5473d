import "server-only";
import { partialDateOf } from "@/lib/core/dates";
import type { FeedMilestone } from "@/lib/web/atom";
import type { MilestoneFilters } from "@/lib/core/milestone-filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { milestoneItemSelect, readMilestoneTranslations } from "./milestone-view";
import { inOrderOf, milestoneFilterSql } from "./milestones";

export const FEED_SIZE = 50;

/**
 * The feed's milestones: the latest recorded or updated first (so a subscriber sees new records
 * even when they are about old events), then by the milestone's own date. Soft-deleted rows are left out.
 */
export async function listFeedMilestones(filters: MilestoneFilters): Promise<FeedMilestone[]> {
  // The timeline's own filters, every one of them, in its own SQL: a feed follows what its page shows.
  const ids = (
    await db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT m.id FROM "Milestone" m
       WHERE m."deletedAt" IS NULL AND ${milestoneFilterSql(filters)}
       ORDER BY m."updatedAt" DESC, m."occurredOn" DESC, m.title ASC, m.id ASC
       LIMIT ${FEED_SIZE}`)
  ).map((r) => r.id);
  const found = await db.milestone.findMany({
    where: { id: { in: ids } },
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
  const rows = inOrderOf(ids, found);
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

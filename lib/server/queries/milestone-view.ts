import "server-only";
import { partialDateOf } from "@/lib/core/dates";
import type { MilestoneItem, MilestoneView } from "@/lib/core/views";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceSelect, toCitation } from "./citation";

/** A milestone as the pages show it, whole (its page) or as an item of a list, with only the columns they render. */

export const milestoneItemSelect = {
  slug: true,
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
  sources: { select: { locator: true, source: { select: sourceSelect } }, orderBy: { sortOrder: "asc" } },
} as const satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;

export function toMilestoneView(row: MilestoneRow): MilestoneView {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    whatChanged: row.whatChanged,
    date: partialDateOf(row.occurredOn, row.precision),
    status: row.status,
    track: row.track,
    type: row.type,
    situation: row.situation,
    forums: row.forums,
    citations: row.sources.map((s) => toCitation(s.source, s.locator)),
    isSynthetic: row.isSynthetic,
  };
}

/**
 * Newest first. Dates known only to the month or year are stored as the first day of their period,
 * so "September 2025" sorts after "4 September 2025"; the title breaks ties.
 */
export const milestoneOrder: Prisma.MilestoneOrderByWithRelationInput[] = [{ occurredOn: "desc" }, { title: "asc" }];

type MilestoneItemRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneItemSelect }>;

export function toMilestoneItem(row: MilestoneItemRow): MilestoneItem {
  return {
    slug: row.slug,
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

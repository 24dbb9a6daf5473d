import "server-only";
import { cache } from "react";
import type { IsoDate } from "@/lib/core/dates";
import type { FilterOptions, MilestoneFilters } from "@/lib/core/milestone-filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import {
  milestoneOrder,
  milestoneSelect,
  partial,
  ruleOrder,
  ruleSelect,
  sourceSelect,
  toCitation,
  toMilestoneView,
  toRuleView,
} from "./shared";

/** The values each timeline filter accepts: tracks, types, forums, and the years with milestones. */
export async function getMilestoneFilterOptions(): Promise<FilterOptions> {
  const [tracks, types, forums, dates] = await Promise.all([
    db.milestoneTrack.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.milestoneType.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.forum.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.milestone.findMany({ where: { deletedAt: null }, select: { occurredOn: true }, distinct: ["occurredOn"] }),
  ]);
  const years = [...new Set(dates.map((d) => d.occurredOn.getUTCFullYear()))].sort((a, b) => b - a);
  const option = (r: { slug: string; name: string }) => ({ value: r.slug, label: r.name });
  return {
    track: tracks.map(option),
    type: types.map(option),
    forum: forums.map(option),
    year: years.map((y) => ({ value: String(y), label: String(y) })),
  };
}

function whereFor(filters: MilestoneFilters): Prisma.MilestoneWhereInput {
  return {
    deletedAt: null,
    ...(filters.track ? { track: { slug: filters.track } } : {}),
    ...(filters.type ? { type: { slug: filters.type } } : {}),
    ...(filters.forum ? { forums: { some: { slug: filters.forum } } } : {}),
    // Dates are stored as the first day of their period, so a year's range holds every precision.
    ...(filters.year !== undefined
      ? { occurredOn: { gte: new Date(Date.UTC(filters.year, 0, 1)), lte: new Date(Date.UTC(filters.year, 11, 31)) } }
      : {}),
  };
}

/** The timeline: milestones matching the filters, newest first, and how many there are in all. */
export async function listMilestones(filters: MilestoneFilters) {
  const [rows, total] = await Promise.all([
    db.milestone.findMany({ where: whereFor(filters), select: milestoneSelect, orderBy: milestoneOrder }),
    db.milestone.count({ where: { deletedAt: null } }),
  ]);
  return { milestones: rows.map(toMilestoneView), total };
}

/**
 * One milestone: the full record, its instruments, and the jurisdiction rules it opened, closed
 * or is linked to (validity placed against `today`). Null for an unknown or deleted slug.
 */
export const getMilestone = cache(async (slug: string, today: IsoDate) => {
  const liveRules = { where: { deletedAt: null }, select: ruleSelect, orderBy: ruleOrder } as const;
  const row = await db.milestone.findFirst({
    where: { slug, deletedAt: null },
    select: {
      ...milestoneSelect,
      instruments: {
        orderBy: { title: "asc" },
        select: {
          slug: true,
          title: true,
          shortTitle: true,
          kind: true,
          description: true,
          adoptedOn: true,
          adoptedOnPrecision: true,
          sourceLocator: true,
          source: { select: sourceSelect },
        },
      },
      rulesOpened: liveRules,
      rulesClosed: liveRules,
      rules: liveRules,
    },
  });
  if (!row) return null;
  return {
    ...toMilestoneView(row),
    instruments: row.instruments.map((i) => ({
      slug: i.slug,
      title: i.title,
      shortTitle: i.shortTitle,
      kind: i.kind,
      description: i.description,
      adoptedOn: partial(i.adoptedOn, i.adoptedOnPrecision),
      citation: toCitation(i.source, i.sourceLocator),
    })),
    rulesOpened: row.rulesOpened.map((r) => toRuleView(r, today)),
    rulesClosed: row.rulesClosed.map((r) => toRuleView(r, today)),
    linkedRules: row.rules.map((r) => toRuleView(r, today)),
  };
});

export type MilestoneDetail = NonNullable<Awaited<ReturnType<typeof getMilestone>>>;

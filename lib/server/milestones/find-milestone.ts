import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../transaction";

/** How a milestone is read whole: its fields, with its references as slugs. */

const slugOnly = { select: { slug: true } } as const;
export const milestoneInclude = {
  track: slugOnly,
  type: slugOnly,
  situation: slugOnly,
  forums: slugOnly,
  instruments: slugOnly,
  // A deleted case is not named (it would leak, and could not be chosen again on an edit).
  cases: { where: { deletedAt: null }, select: { slug: true } },
  rules: slugOnly,
  rulesOpened: { select: { id: true, slug: true, deletedAt: true } },
  rulesClosed: { select: { id: true, slug: true, deletedAt: true } },
  sources: { orderBy: { sortOrder: "asc" }, select: { locator: true, source: { select: { slug: true, title: true, url: true, publisher: true } } } },
} as const satisfies Prisma.MilestoneInclude;

export type MilestoneRow = Prisma.MilestoneGetPayload<{ include: typeof milestoneInclude }>;

/** A milestone by its id or its slug; deleted ones only when asked for. */
export async function findMilestone(tx: Tx, idOrSlug: string, { includeDeleted = false } = {}): Promise<MilestoneRow | null> {
  const row = await tx.milestone.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, include: milestoneInclude });
  if (!row || (row.deletedAt && !includeDeleted)) return null;
  return row;
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MILESTONE_TEXT_FIELDS, type MilestoneTextField } from "@/lib/core/milestone-input";
import type { Tx } from "../transaction";
import { readRecordTranslations, type RecordTranslations } from "../translations";

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
  sources: { orderBy: { sortOrder: "asc" }, select: { locator: true, documentSha256: true, page: true, source: { select: { slug: true, title: true, url: true, publisher: true } } } },
} as const satisfies Prisma.MilestoneInclude;

/** A milestone with its texts in the other languages (decision 042). */
export type MilestoneRow = Prisma.MilestoneGetPayload<{ include: typeof milestoneInclude }> & { translations: RecordTranslations<MilestoneTextField> };

/** A milestone by its id or its slug; deleted ones only when asked for. */
export async function findMilestone(tx: Tx, idOrSlug: string, { includeDeleted = false } = {}): Promise<MilestoneRow | null> {
  const row = await tx.milestone.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, include: milestoneInclude });
  if (!row || (row.deletedAt && !includeDeleted)) return null;
  return { ...row, translations: await readRecordTranslations(tx, "Milestone", row.id, MILESTONE_TEXT_FIELDS) };
}

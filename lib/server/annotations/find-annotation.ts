import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import type { Tx } from "../transaction";

/** How a note is read: with its case's slug, its author and the editor of its latest version. */

export const annotationSelect = {
  id: true,
  caseId: true,
  authorId: true,
  body: true,
  assessment: true,
  verified: true,
  version: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
  case: { select: { slug: true, deletedAt: true } },
  author: { select: { name: true } },
  // The latest version says who saved the text shown and when.
  versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, createdAt: true, editedBy: { select: { name: true } } } },
} as const satisfies Prisma.AnnotationSelect;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>;

/**
 * A note of a case, by the case's slug and the note's id. A note of another case, of a deleted
 * case, or a deleted note is "not found" (deleting hides).
 */
export async function findAnnotation(tx: Tx, caseSlug: string, id: string): Promise<AnnotationRow> {
  const row = await tx.annotation.findUnique({ where: { id }, select: annotationSelect });
  if (!row || row.case.slug !== caseSlug || row.case.deletedAt || row.deletedAt) {
    throw new AppError("NOT_FOUND", `Case "${caseSlug}" has no note "${id}" (or it was deleted).`);
  }
  return row;
}


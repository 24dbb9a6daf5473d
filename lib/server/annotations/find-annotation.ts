import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import type { Tx } from "../transaction";
import type { UserTranslations } from "@/lib/core/user-translations";
import { readUserTranslations } from "../translations";

/** How a note is read: with its case's slug, its author and the editor of its latest version. */

export const annotationSelect = {
  id: true,
  caseId: true,
  authorId: true,
  body: true,
  lang: true,
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

/** A note as read, with its body in other languages (decision 042; read only where the note itself may be read). */
export type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }> & { translations?: UserTranslations };

/** Notes with their other-language bodies, in one statement. */
export async function withTranslations<R extends { id: string }>(tx: Pick<Tx, "translation">, rows: readonly R[]): Promise<(R & { translations: UserTranslations })[]> {
  const found = await readUserTranslations(tx, "Annotation", rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, translations: found.get(r.id) ?? {} }));
}

/**
 * A note of a case, by the case's slug and the note's id. A note of another case, of a deleted
 * case, or a deleted note is "not found" (deleting hides).
 */
export async function findAnnotation(tx: Tx, caseSlug: string, id: string): Promise<AnnotationRow> {
  const row = await tx.annotation.findUnique({ where: { id }, select: annotationSelect });
  if (!row || row.case.slug !== caseSlug || row.case.deletedAt || row.deletedAt) {
    throw new AppError("NOT_FOUND", `Case "${caseSlug}" has no note "${id}" (or it was deleted).`);
  }
  return (await withTranslations(tx, [row]))[0]!;
}


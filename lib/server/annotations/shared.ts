import "server-only";
import type { Tx } from "../transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isAdmin, type Actor } from "../actor";
import { AppError } from "../errors";

/**
 * What the annotation use cases share: how a note is read (with its case's slug, its author and
 * the editor of its latest version), its picture in the audit trail and in the API, and who may
 * change it (its author, or an administrator correcting it).
 */

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

/** The audit trail's picture of a note. */
export function snapshot(a: AnnotationRow): Prisma.InputJsonObject {
  return {
    case: a.case.slug,
    version: a.version,
    body: a.body,
    assessment: a.assessment,
    verified: a.verified,
    deletedAt: a.deletedAt ? a.deletedAt.toISOString() : null,
  };
}

/** The note as the API returns it (authors by name: e-mail addresses are not for other readers). */
export function toRecord(a: AnnotationRow) {
  const latest = a.versions[0];
  return {
    id: a.id,
    case: a.case.slug,
    version: a.version,
    body: a.body,
    assessment: a.assessment,
    verified: a.verified,
    author: { name: a.author.name },
    lastEditedBy: latest ? { name: latest.editedBy.name } : null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: (latest?.createdAt ?? a.updatedAt).toISOString(),
    deletedAt: a.deletedAt ? a.deletedAt.toISOString() : null,
  };
}
export type AnnotationRecord = ReturnType<typeof toRecord>;

/** The saved version a refused edit is shown against: the text someone else saved meanwhile. */
export function currentVersionOf(a: AnnotationRow) {
  const latest = a.versions[0];
  return {
    version: a.version,
    body: a.body,
    assessment: a.assessment,
    verified: a.verified,
    editedBy: latest?.editedBy.name ?? a.author.name,
    editedAt: (latest?.createdAt ?? a.updatedAt).toISOString(),
  };
}
export type CurrentVersion = ReturnType<typeof currentVersionOf>;

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

/** The author changes their own note; an administrator may correct or delete anyone's. */
export function mayChange(actor: Actor, authorId: string): boolean {
  return isAdmin(actor) || (actor.kind === "user" && actor.id === authorId);
}

export function refuseChange(what: "edit" | "delete", authorName: string): never {
  throw new AppError("FORBIDDEN", `Only the note's author (${authorName}) or an administrator may ${what} this note.`);
}

/** A note is signed by a user account: every version records who saved it. */
export function requireUser(actor: Actor, what: string): Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", `${what} needs a signed-in user: every version of a note records who saved it.`);
  return actor;
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationRow } from "./find-annotation";
import { compactTranslations } from "@/lib/core/user-translations";

/** A note in the audit trail, in the API, and as the saved version a refused edit is shown against. */

/** What a version of a note says: the same in the audit trail, the API and a refused edit. */
const content = (a: AnnotationRow) => ({
  version: a.version,
  body: a.body,
  // The language the body is written in, and the body in the other language (decision 042).
  lang: a.lang,
  translations: compactTranslations(a.translations ?? {}),
  assessment: a.assessment,
  verified: a.verified,
});

/** The audit trail's picture of a note. */
export function snapshot(a: AnnotationRow): Prisma.InputJsonObject {
  return {
    case: a.case.slug,
    ...content(a),
    deletedAt: a.deletedAt ? a.deletedAt.toISOString() : null,
  };
}

/** The note as the API returns it (authors by name: e-mail addresses are not for other readers). */
export function toRecord(a: AnnotationRow) {
  const latest = a.versions[0];
  return {
    id: a.id,
    case: a.case.slug,
    ...content(a),
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
    ...content(a),
    editedBy: latest?.editedBy.name ?? a.author.name,
    editedAt: (latest?.createdAt ?? a.updatedAt).toISOString(),
  };
}
export type CurrentVersion = ReturnType<typeof currentVersionOf>;

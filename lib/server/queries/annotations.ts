import "server-only";
import type { AnnotationView, NoteTranslation } from "@/lib/core/views";
import type { Actor } from "@/lib/server/actor";
import { mayChange, mayReadNotes } from "@/lib/server/annotations/annotation-permissions";
import { toRecord, type AnnotationRecord } from "@/lib/server/annotations/annotation-record";
import { annotationSelect, findAnnotation, withTranslations } from "@/lib/server/annotations/find-annotation";
import { toIsoDate } from "@/lib/core/dates";
import type { UserTranslations } from "@/lib/core/user-translations";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * Reading analysts' notes (docs/decisions/010-annotations.md): signed-in users of any role read
 * them; an anonymous visitor learns only how many there are. Deleted notes are never shown.
 */


export type AnnotationList = { visible: false; count: number } | { visible: true; count: number; annotations: AnnotationView[] };

/** A case that is not deleted, by its slug (for the API and the note pages). */
export async function findCase(slug: string): Promise<{ id: string; slug: string; title: string } | null> {
  return db.case.findFirst({ where: { slug, deletedAt: null }, select: { id: true, slug: true, title: true } });
}

/** The notes of a case, newest first, with what the actor may do to each; a count only for anonymous visitors. */
export async function listAnnotations(caseId: string, actor: Actor): Promise<AnnotationList> {
  const where = { caseId, deletedAt: null };
  if (!mayReadNotes(actor)) return { visible: false, count: await db.annotation.count({ where }) };
  const found = await db.annotation.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: annotationSelect });
  // The other-language bodies are read only here, for a reader who may read the notes (decision 042).
  const [rows, versions] = await Promise.all([withTranslations(db, found), translationVersions(found.map((r) => r.id))]);
  const writer = actor.kind === "operator" || actor.role !== "VIEWER";
  const annotations = rows.map((row) => {
    const allowed = writer && mayChange(actor, row.authorId);
    return { ...toRecord(row), otherLanguages: versions.get(row.id) ?? [], canEdit: allowed, canDelete: allowed };
  });
  return { visible: true, count: annotations.length, annotations };
}

/** Who translated each note's body into each other language, and on which day. */
async function translationVersions(ids: readonly string[]): Promise<Map<string, NoteTranslation[]>> {
  const out = new Map<string, NoteTranslation[]>();
  if (ids.length === 0) return out;
  const rows = await db.translation.findMany({
    where: { entityType: "Annotation", entityId: { in: [...ids] }, field: "body", state: "TRANSLATED", text: { not: null } },
    orderBy: { locale: "asc" },
    select: { entityId: true, locale: true, text: true, translatedBy: true, translatedOn: true },
  });
  for (const r of rows) {
    const list = out.get(r.entityId) ?? [];
    list.push({ locale: r.locale, body: r.text!, translatedBy: r.translatedBy, translatedOn: r.translatedOn ? toIsoDate(r.translatedOn) : null });
    out.set(r.entityId, list);
  }
  return out;
}

export type AnnotationVersionView = {
  version: number;
  body: string;
  lang: string;
  translations: UserTranslations;
  assessment: AnnotationRecord["assessment"];
  verified: boolean;
  editedBy: { name: string };
  editedAt: string;
};

/**
 * One note with every saved version, newest first; signed-in users only (401 otherwise), 404 for
 * an unknown or deleted note or one of another case.
 */
export async function getAnnotationWithVersions(caseSlug: string, id: string, actor: Actor): Promise<AnnotationView & { caseTitle: string; versions: AnnotationVersionView[] }> {
  if (actor.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Sign in to read the analysts' notes.");
  const row = await findAnnotation(db, caseSlug, id);
  const [kase, versions] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id: row.caseId }, select: { title: true } }),
    db.annotationVersion.findMany({
      where: { annotationId: id },
      orderBy: { version: "desc" },
      select: { version: true, body: true, lang: true, translations: true, assessment: true, verified: true, createdAt: true, editedBy: { select: { name: true } } },
    }),
  ]);
  const allowed = (actor.kind === "operator" || actor.role !== "VIEWER") && mayChange(actor, row.authorId);
  return {
    ...toRecord(row),
    otherLanguages: (await translationVersions([row.id])).get(row.id) ?? [],
    canEdit: allowed,
    canDelete: allowed,
    caseTitle: kase.title,
    versions: versions.map((v) => ({ version: v.version, body: v.body, lang: v.lang, translations: (v.translations ?? {}) as UserTranslations, assessment: v.assessment, verified: v.verified, editedBy: { name: v.editedBy.name }, editedAt: v.createdAt.toISOString() })),
  };
}

import "server-only";
import { annotationDeleteSchema } from "@/lib/core/annotation-input";
import { formatMinute } from "@/lib/core/timestamps";
import { auditActorId, auditNote, requireRole, timeZoneOf, type Actor } from "../actor";
import { refreshAnnotationSearch } from "../cases/search-document";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { mayChange, refuseChange } from "./annotation-permissions";
import { currentVersionOf, snapshot, toRecord, type AnnotationRecord } from "./annotation-record";
import { annotationSelect, findAnnotation, type AnnotationRow } from "./find-annotation";

/**
 * Deletes a note by hiding it (its author, or an administrator): `deletedAt` is set; the note and
 * its versions stay in the database, but no page, API answer or search shows it. Needs the version
 * the user saw: if someone saved another version meanwhile, the delete is refused (CONFLICT, with
 * that version), because the user decided on a text they have not read.
 */
export async function deleteAnnotation({ actor, caseSlug, id, input, now = new Date() }: { actor: Actor; caseSlug: string; id: string; input: unknown; now?: Date }): Promise<AnnotationRecord> {
  requireRole(actor, "ANALYST");

  return db.$transaction(async (tx) => {
    const existing = await findAnnotation(tx, caseSlug, id);
    if (!mayChange(actor, existing.authorId)) refuseChange("delete", existing.author.name);
    const { expectedVersion } = parseInput(annotationDeleteSchema, input ?? {});
    const stale = (row: AnnotationRow) => {
      const current = currentVersionOf(row);
      return new AppError(
        "CONFLICT",
        `Someone else saved a new version of this note (version ${current.version}, by ${current.editedBy} at ${formatMinute(current.editedAt, timeZoneOf(actor))}) after you opened version ${expectedVersion}. Nothing was deleted: read the new version before deciding.`,
        { current },
      );
    };
    if (existing.version !== expectedVersion) throw stale(existing);
    // The version number is not moved: versions count the texts saved, and deleting saves none.
    const { count } = await tx.annotation.updateMany({ where: { id: existing.id, version: expectedVersion, deletedAt: null }, data: { deletedAt: now } });
    if (count !== 1) {
      // Edited meanwhile (409 with the new version) or deleted meanwhile (404).
      throw stale(await findAnnotation(tx, caseSlug, id));
    }
    await refreshAnnotationSearch(tx, [existing.id]);
    const deleted = { ...(await tx.annotation.findUniqueOrThrow({ where: { id: existing.id }, select: annotationSelect })), translations: existing.translations };
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "DELETE", entityType: "Annotation", entityId: existing.id, before: snapshot(existing), after: snapshot(deleted) },
    });
    return toRecord(deleted);
  });
}

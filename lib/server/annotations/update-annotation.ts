import "server-only";
import { annotationInputSchema, sameContent } from "@/lib/core/annotation-input";
import { formatMinute } from "@/lib/core/timestamps";
import { auditActorId, auditNote, requireRole, timeZoneOf, type Actor } from "../actor";
import { refreshAnnotationSearch } from "../cases/search-document";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { mayChange, refuseChange, requireUser } from "./annotation-permissions";
import { currentVersionOf, snapshot, toRecord, type AnnotationRecord } from "./annotation-record";
import { annotationSelect, findAnnotation, withTranslations, type AnnotationRow } from "./find-annotation";
import { isoTodayIn, mergedTranslations } from "@/lib/core/user-translations";
import { writeUserTranslations } from "../translations";

/**
 * Changes a note: its author, or an administrator correcting it. Fields left out keep their
 * current value (a PATCH may send only the body). Needs the version the editor started from:
 * if someone saved another version meanwhile, the save is refused (CONFLICT) with both texts —
 * the one saved meanwhile (`current`) and the one refused (`yours`) — and nothing is written.
 *
 * Every save that changes something is a new version (an AnnotationVersion row with the editor),
 * with its search document and audit event, in one transaction. A save that changes nothing is
 * not a version: the note is returned as it was (`changed: false`).
 */
export async function updateAnnotation({ actor, caseSlug, id, input, now = new Date() }: { actor: Actor; caseSlug: string; id: string; input: unknown; now?: Date }): Promise<{ record: AnnotationRecord; changed: boolean }> {
  requireRole(actor, "ANALYST");
  const user = requireUser(actor, "Editing a note");

  return db.$transaction(async (tx) => {
    const existing = await findAnnotation(tx, caseSlug, id);
    if (!mayChange(actor, existing.authorId)) refuseChange("edit", existing.author.name);

    // Translations are not merged here: those left out stay as stored (mergedTranslations).
    const current = { body: existing.body, lang: existing.lang, assessment: existing.assessment, verified: existing.verified };
    const isObject = input !== null && typeof input === "object" && !Array.isArray(input);
    const note = parseInput(annotationInputSchema, isObject ? { ...current, ...input } : input);
    if (note.expectedVersion === null) {
      throw AppError.invalidInput([{ parameter: "expectedVersion", message: `expectedVersion is required to change a note: give the version you edited (it is at version ${existing.version}).` }]);
    }
    const translations = mergedTranslations(existing.translations ?? {}, note.translations, note.lang);
    // The refused text is returned whole, its other language too, so a conflict loses nothing.
    const yours = { expectedVersion: note.expectedVersion, body: note.body, lang: note.lang, translations, assessment: note.assessment, verified: note.verified };
    if (note.expectedVersion !== existing.version) throw conflict(existing, yours, timeZoneOf(actor));
    if (sameContent({ ...note, translations }, existing)) return { record: toRecord(existing), changed: false };

    // Optimistic lock: the row changes only if nobody saved a version since it was read. A
    // concurrent save waits for the row lock, then finds the version moved on and is refused.
    const { count } = await tx.annotation.updateMany({
      where: { id: existing.id, version: note.expectedVersion, deletedAt: null },
      data: { body: note.body, lang: note.lang, assessment: note.assessment, verified: note.verified, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict(await findAnnotation(tx, caseSlug, id), yours, timeZoneOf(actor));
    const version = note.expectedVersion + 1;
    await tx.annotationVersion.create({
      data: { annotationId: existing.id, version, body: note.body, lang: note.lang, translations, assessment: note.assessment, verified: note.verified, editedById: user.id },
    });
    await writeUserTranslations({ tx, entity: "Annotation", id: existing.id, lang: note.lang, translations: note.translations, actor, today: isoTodayIn(now) });
    await refreshAnnotationSearch(tx, [existing.id]);
    const [updated] = await withTranslations(tx, [await tx.annotation.findUniqueOrThrow({ where: { id: existing.id }, select: annotationSelect })]);
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "UPDATE", entityType: "Annotation", entityId: existing.id, before: snapshot(existing), after: snapshot(updated!) },
    });
    return { record: toRecord(updated!), changed: true };
  });
}

/** The refusal of a stale save, carrying the version saved meanwhile and the text refused. */
function conflict(current: AnnotationRow, yours: Record<string, unknown>, zone: string): AppError {
  const now = currentVersionOf(current);
  return new AppError(
    "CONFLICT",
    `Someone else saved a new version of this note (version ${now.version}, by ${now.editedBy} at ${formatMinute(now.editedAt, zone)}) while you were editing version ${String(yours.expectedVersion)}. Nothing was overwritten: compare the two texts, then save again based on version ${now.version}.`,
    { current: now, yours },
  );
}

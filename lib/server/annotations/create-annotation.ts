import "server-only";
import { annotationInputSchema } from "@/lib/core/annotation-input";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { refreshAnnotationSearch } from "../cases/search-document";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { requireUser } from "./annotation-permissions";
import { snapshot, toRecord, type AnnotationRecord } from "./annotation-record";
import { annotationSelect, withTranslations } from "./find-annotation";
import { isoTodayIn, mergedTranslations } from "@/lib/core/user-translations";
import { writeUserTranslations } from "../translations";

/**
 * Adds an analyst's note to a case (analysts and admins). The note, its version 1, its search
 * document and the audit event are written in one transaction; a refusal writes nothing.
 */
export async function createAnnotation({ actor, caseSlug, input, now = new Date() }: { actor: Actor; caseSlug: string; input: unknown; now?: Date }): Promise<AnnotationRecord> {
  requireRole(actor, "ANALYST");
  const user = requireUser(actor, "Adding a note");
  const note = parseInput(annotationInputSchema, input);
  if (note.expectedVersion !== null) {
    throw AppError.invalidInput([{ parameter: "expectedVersion", message: "expectedVersion applies only to changing a note; leave it out to add a new one." }]);
  }

  return db.$transaction(async (tx) => {
    const target = await tx.case.findFirst({ where: { slug: caseSlug, deletedAt: null }, select: { id: true } });
    if (!target) throw new AppError("NOT_FOUND", `There is no case "${caseSlug}".`);
    const created = await tx.annotation.create({
      data: {
        caseId: target.id,
        authorId: user.id,
        body: note.body,
        lang: note.lang,
        assessment: note.assessment,
        verified: note.verified,
        version: 1,
        versions: {
          create: { version: 1, body: note.body, lang: note.lang, translations: mergedTranslations({}, note.translations, note.lang), assessment: note.assessment, verified: note.verified, editedById: user.id },
        },
      },
      select: { id: true },
    });
    await writeUserTranslations({ tx, entity: "Annotation", id: created.id, lang: note.lang, translations: note.translations, actor, today: isoTodayIn(now) });
    await refreshAnnotationSearch(tx, [created.id]);
    const row = await tx.annotation.findUniqueOrThrow({ where: { id: created.id }, select: annotationSelect });
    const [saved] = await withTranslations(tx, [row]);
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "Annotation", entityId: created.id, after: snapshot(saved!) },
    });
    return toRecord(saved!);
  });
}

import "server-only";
import { SHA256_HEX, type Attachable } from "@/lib/core/document-input";
import { deleteInputSchema } from "@/lib/core/input-fields";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";
import { TX_OPTIONS } from "../transaction";
import { attachmentSelect, attachmentSnapshot, findAttachable, noteAccess, recordColumn, toDocumentRecord, type DocumentRecord } from "./document-record";

/**
 * Removes a document from a source, a case, a milestone or a note of the case `caseSlug` (analysts
 * and admins; a note's: its author or an administrator, decision 056): the attachment's
 * `deletedAt` is set and its version moved on; the row, the bytes and the audit trail stay, and
 * attaching the same file again restores the row (docs/decisions/052-documents-in-the-browser.md).
 * Needs the version the user saw (409 if it was removed and attached again since); 404 for an
 * unknown record, or a document not attached to it (or already removed).
 */
export async function removeDocument({
  actor,
  kind,
  slug,
  caseSlug,
  sha256,
  input,
  now = new Date(),
}: {
  actor: Actor;
  kind: Attachable;
  slug: string;
  caseSlug?: string;
  sha256: string;
  input: unknown;
  now?: Date;
}): Promise<DocumentRecord> {
  requireRole(actor, "ANALYST");
  const { expectedVersion } = parseInput(deleteInputSchema, input ?? {});

  return db.$transaction(async (tx) => {
    const record = await findAttachable(tx, kind, slug, noteAccess(actor, caseSlug, true));
    const notAttached = new AppError("NOT_FOUND", `Document "${sha256}" is not attached to this ${kind} ("${record.slug}").`);
    if (!SHA256_HEX.test(sha256)) throw notAttached;
    const existing = await tx.documentAttachment.findFirst({ where: { sha256, [recordColumn[kind]]: record.id, deletedAt: null }, select: attachmentSelect });
    if (!existing) throw notAttached;
    const stale = (version: number) =>
      new AppError("CONFLICT", `Document "${existing.title}" was changed since you saw it (version ${expectedVersion}; it is now at version ${version}): it was removed and attached again. Nothing was removed: reload the page before deciding.`);
    if (existing.version !== expectedVersion) throw stale(existing.version);
    const { count } = await tx.documentAttachment.updateMany({ where: { id: existing.id, version: expectedVersion, deletedAt: null }, data: { deletedAt: now, version: { increment: 1 } } });
    if (count !== 1) throw stale(expectedVersion + 1);
    const before = toDocumentRecord(existing);
    const removed = toDocumentRecord(await tx.documentAttachment.findUniqueOrThrow({ where: { id: existing.id }, select: attachmentSelect }));
    await tx.auditEvent.create({
      data: {
        actorId: auditActorId(actor),
        note: auditNote(actor),
        action: "DELETE",
        entityType: "DocumentAttachment",
        entityId: existing.id,
        before: attachmentSnapshot(before),
        after: attachmentSnapshot(removed, now),
      },
    });
    return removed;
  }, TX_OPTIONS);
}

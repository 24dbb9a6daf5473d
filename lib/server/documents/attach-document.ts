import "server-only";
import { documentFieldsSchema, titleFromFileName, type Attachable } from "@/lib/core/document-input";
import { EXTENSION } from "@/lib/core/media-type";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { parseInput } from "../errors";
import { TX_OPTIONS } from "../transaction";
import { lockDocument } from "./document-lock";
import { attachmentSelect, attachmentSnapshot, findAttachable, noteAccess, recordColumn, toDocumentRecord, type DocumentRecord } from "./document-record";
import type { DocumentStore, StagedDocument } from "./document-store";

/**
 * Who may attach a document to what, checked before the upload is read (so a refusal costs no
 * disk), and again by attachDocument in its transaction: analysts and admins (401 for a visitor,
 * 403 for a viewer), to a live record (404); to a note (`caseSlug`: its case), its author or an
 * administrator (403 for another analyst).
 */
export async function checkAttachable({ actor, kind, slug, caseSlug }: { actor: Actor; kind: Attachable; slug: string; caseSlug?: string }): Promise<void> {
  requireRole(actor, "ANALYST");
  await findAttachable(db, kind, slug, noteAccess(actor, caseSlug, true));
}

/**
 * Attaches a staged upload to a source, a case, a milestone (docs/decisions/049-documents-stored-by-fingerprint.md)
 * or a note of the case `caseSlug` (its author or an administrator; docs/decisions/056-documents-on-notes.md).
 * In one transaction, under the lock of the document's SHA-256: the record is found (404), the
 * bytes are committed to the store (a durable rename, before the rows), the blob row is written
 * once per SHA-256, the attachment and its audit event. The same bytes attached to the same
 * record again change nothing: the existing attachment is answered (`created: false`), with its
 * title and language as first given. A removed attachment of the same bytes is restored (its row,
 * its version moved on, audited as an update). The caller discards the staged upload if it was not committed.
 */
export async function attachDocument({
  actor,
  kind,
  slug,
  caseSlug,
  input,
  fileName,
  staged,
  store,
}: {
  actor: Actor;
  kind: Attachable;
  slug: string;
  caseSlug?: string;
  input: unknown;
  fileName: string | null;
  staged: StagedDocument;
  store: DocumentStore;
}): Promise<{ created: boolean; record: DocumentRecord }> {
  requireRole(actor, "ANALYST");
  const fields = parseInput(documentFieldsSchema, input);
  const title = fields.title ?? titleFromFileName(fileName) ?? `${staged.sha256}.${EXTENSION[staged.mediaType]}`;

  return db.$transaction(async (tx) => {
    await lockDocument(tx, staged.sha256);
    const record = await findAttachable(tx, kind, slug, noteAccess(actor, caseSlug, true));
    const column = recordColumn[kind];
    const existing = await tx.documentAttachment.findFirst({ where: { sha256: staged.sha256, [column]: record.id }, select: attachmentSelect });
    if (existing && !existing.deletedAt) return { created: false, record: toDocumentRecord(existing) };
    if (existing) {
      // Removed earlier: the same row comes back (the unique index keeps one per file and record),
      // as uploaded now, with the title and language given now, else those it had.
      const restored = await tx.documentAttachment.update({
        where: { id: existing.id },
        data: { deletedAt: null, version: { increment: 1 }, uploadedAt: new Date(), uploadedById: auditActorId(actor), title: fields.title ?? existing.title, language: fields.language ?? existing.language },
        select: attachmentSelect,
      });
      const saved = toDocumentRecord(restored);
      await tx.auditEvent.create({
        data: {
          actorId: auditActorId(actor),
          note: auditNote(actor),
          action: "UPDATE",
          entityType: "DocumentAttachment",
          entityId: saved.id,
          before: attachmentSnapshot(toDocumentRecord(existing), existing.deletedAt),
          after: attachmentSnapshot(saved),
        },
      });
      return { created: true, record: saved };
    }

    await store.commit(staged);
    await tx.documentBlob.upsert({
      where: { sha256: staged.sha256 },
      create: { sha256: staged.sha256, size: staged.size, mediaType: staged.mediaType },
      update: {},
    });
    const created = await tx.documentAttachment.create({
      data: { sha256: staged.sha256, [column]: record.id, title, language: fields.language, uploadedById: auditActorId(actor) },
      select: attachmentSelect,
    });
    const saved = toDocumentRecord(created);
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "DocumentAttachment", entityId: saved.id, after: attachmentSnapshot(saved) },
    });
    return { created: true, record: saved };
  }, TX_OPTIONS);
}

import "server-only";
import type { Attachable } from "@/lib/core/document-input";
import type { Actor } from "../actor";
import { db } from "../db";
import { attachmentSelect, findAttachable, noteAccess, recordColumn, toDocumentRecord, type DocumentRecord } from "./document-record";

/**
 * The documents attached to a live record, oldest first (404 as the record): anyone's for a public
 * record; a note's (`caseSlug`: its case) for whoever reads the note (`actor`; 401 for a visitor).
 */
export async function listDocuments({ kind, slug, caseSlug, actor }: { kind: Attachable; slug: string; caseSlug?: string; actor?: Actor }): Promise<DocumentRecord[]> {
  const record = await findAttachable(db, kind, slug, actor ? noteAccess(actor, caseSlug, false) : undefined);
  const rows = await db.documentAttachment.findMany({
    where: { [recordColumn[kind]]: record.id, deletedAt: null },
    select: attachmentSelect,
    orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toDocumentRecord);
}

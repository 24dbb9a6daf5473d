import "server-only";
import type { Attachable } from "@/lib/core/document-input";
import { db } from "../db";
import { attachmentSelect, findAttachable, recordColumn, toDocumentRecord, type DocumentRecord } from "./document-record";

/** The documents attached to a live record, oldest first (anyone: the record is public; 404 as the record). */
export async function listDocuments({ kind, slug }: { kind: Attachable; slug: string }): Promise<DocumentRecord[]> {
  const record = await findAttachable(db, kind, slug);
  const rows = await db.documentAttachment.findMany({
    where: { [recordColumn[kind]]: record.id, deletedAt: null },
    select: attachmentSelect,
    orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toDocumentRecord);
}

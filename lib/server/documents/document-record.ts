import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Attachable } from "@/lib/core/document-input";
import type { Actor } from "../actor";
import { mayChange, mayReadNotes, refuseChange } from "../annotations/annotation-permissions";
import { findAnnotation } from "../annotations/find-annotation";
import { AppError } from "../errors";
import type { Tx } from "../transaction";

/** How an attachment is read: with its blob, its record's slug and its uploader's name. */
export const attachmentSelect = {
  id: true,
  title: true,
  language: true,
  uploadedAt: true,
  version: true,
  deletedAt: true,
  uploadedBy: { select: { name: true } },
  source: { select: { slug: true } },
  case: { select: { slug: true } },
  milestone: { select: { slug: true } },
  annotation: { select: { id: true } },
  blob: { select: { sha256: true, size: true, mediaType: true, textState: true, textReason: true } },
} as const satisfies Prisma.DocumentAttachmentSelect;

type AttachmentRow = Prisma.DocumentAttachmentGetPayload<{ select: typeof attachmentSelect }>;

/** A document as the API answers it: the bytes' facts, this attachment's, and where its text extraction stands. */
export type DocumentRecord = {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  title: string;
  language: string | null;
  uploadedAt: string;
  /** The uploader by name (e-mail addresses are not for other readers); null: the operator. */
  uploadedBy: string | null;
  /** The text extraction (decision 050): QUEUED until the background job reads it, then DONE, FAILED or NO_TEXT_LAYER; `reason` says why (or where a DONE text was cut). */
  text: { state: string; reason: string | null };
  attachedTo: { kind: Attachable; slug: string };
  url: string;
  /** Moved by each removal and restoring: a removal names the version its reader saw. */
  version: number;
};

export const documentUrl = (sha256: string) => `/api/v1/documents/${sha256}`;

export function toDocumentRecord(row: AttachmentRow): DocumentRecord {
  const attachedTo: DocumentRecord["attachedTo"] = row.source
    ? { kind: "source", slug: row.source.slug }
    : row.case
      ? { kind: "case", slug: row.case.slug }
      : row.milestone
        ? { kind: "milestone", slug: row.milestone.slug }
        : { kind: "note", slug: row.annotation!.id };
  return {
    id: row.id,
    sha256: row.blob.sha256,
    size: row.blob.size,
    mediaType: row.blob.mediaType,
    title: row.title,
    language: row.language,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy: row.uploadedBy?.name ?? null,
    text: { state: row.blob.textState, reason: row.blob.textReason },
    attachedTo,
    url: documentUrl(row.blob.sha256),
    version: row.version,
  };
}

/** What the audit trail keeps of an attachment. */
export function attachmentSnapshot(record: DocumentRecord, deletedAt: Date | null = null): Prisma.InputJsonObject {
  return {
    sha256: record.sha256,
    size: record.size,
    mediaType: record.mediaType,
    title: record.title,
    language: record.language,
    attachedTo: record.attachedTo,
    version: record.version,
    deletedAt: deletedAt?.toISOString() ?? null,
  };
}

const NOUN: Record<Exclude<Attachable, "note">, string> = { source: "source", case: "case", milestone: "milestone" };

/**
 * Who asks about a note's documents, and through which case: a note's documents are seen exactly
 * as the note is (docs/decisions/056-documents-on-notes.md), and changed by whoever may edit it.
 */
export type NoteAccess = { actor: Actor; caseSlug: string; change: boolean };

/** The access to a note's documents through the case `caseSlug`; none without it (a note is found only through its case). */
export const noteAccess = (actor: Actor, caseSlug: string | undefined, change: boolean): NoteAccess | undefined =>
  caseSlug === undefined ? undefined : { actor, caseSlug, change };

/**
 * The live record a document is attached to, by slug (a case or milestone also by id), or 404:
 * an unknown or deleted record takes no document, and its documents are not read through it.
 * A note (`slug`: its id) is found as the note routes find it, through its case (`access`): 401
 * for a visitor, 404 for a deleted note or one of another case, and for a change 403 unless the
 * actor is its author or an administrator.
 */
export async function findAttachable(tx: Tx, kind: Attachable, slug: string, access?: NoteAccess): Promise<{ id: string; slug: string }> {
  if (kind === "note") {
    if (!access) throw new AppError("NOT_FOUND", `There is no note "${slug}".`);
    if (!mayReadNotes(access.actor)) throw new AppError("UNAUTHENTICATED", "Sign in to read the analysts' notes.");
    const note = await findAnnotation(tx, access.caseSlug, slug);
    if (access.change && !mayChange(access.actor, note.authorId)) refuseChange("edit", note.author.name);
    return { id: note.id, slug: note.id };
  }
  const where = { OR: [{ id: slug }, { slug }] };
  const found =
    kind === "source"
      ? await tx.source.findFirst({ where: { slug }, select: { id: true, slug: true } })
      : kind === "case"
        ? await tx.case.findFirst({ where: { ...where, deletedAt: null }, select: { id: true, slug: true } })
        : await tx.milestone.findFirst({ where: { ...where, deletedAt: null }, select: { id: true, slug: true } });
  if (!found) throw new AppError("NOT_FOUND", `There is no ${NOUN[kind]} "${slug}".`);
  return found;
}

/** The attachment's column naming its record. */
export const recordColumn = { source: "sourceId", case: "caseId", milestone: "milestoneId", note: "annotationId" } as const satisfies Record<Attachable, keyof Prisma.DocumentAttachmentWhereInput>;

import "server-only";
import type { Attachable } from "@/lib/core/document-input";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import { attachmentsReadableBy, findReadableDocument, type ReadableDocument } from "./read-document";

export type DocumentPage = Omit<ReadableDocument, "text"> & {
  text: { state: string; reason: string | null };
  /** Where it is attached, live attachments on live records, oldest first. */
  attachments: { kind: Attachable; slug: string; note: string | null; recordTitle: string; record: { entity: "Case" | "Milestone"; id: string; title: string; lang: string } | null; title: string; language: string | null; uploadedAt: string; uploadedBy: string | null }[];
};

/**
 * A document's page (docs/decisions/052-documents-in-the-browser.md): the bytes' facts and the
 * records it is attached to; null where the API answers 404 (unknown, or attached only to deleted
 * records), so that the page and the bytes are readable by the same people.
 */
export async function getDocumentPage({ actor, sha256 }: { actor: Actor; sha256: string }): Promise<DocumentPage | null> {
  let document: ReadableDocument;
  try {
    document = await findReadableDocument({ actor, sha256 });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
  const rows = await db.documentAttachment.findMany({
    // A note's attachment is listed only to whoever reads the note (decision 056), as its case's note.
    where: { sha256, ...attachmentsReadableBy(actor) },
    select: {
      title: true,
      language: true,
      uploadedAt: true,
      uploadedBy: { select: { name: true } },
      source: { select: { slug: true, title: true } },
      case: { select: { id: true, slug: true, title: true, lang: true } },
      milestone: { select: { id: true, slug: true, title: true, lang: true } },
      annotation: { select: { id: true, case: { select: { id: true, slug: true, title: true, lang: true } } } },
    },
    orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
  });
  const attachments = rows.map((row) => {
    const [kind, record] = row.source
      ? (["source", row.source] as const)
      : row.case
        ? (["case", row.case] as const)
        : row.milestone
          ? (["milestone", row.milestone] as const)
          : (["note", row.annotation!.case] as const);
    // A case's or milestone's title has a translation (decision 042); a source's is as published.
    // A note is named by its case (the note's page is its case's), and found there by its id.
    const titled = "lang" in record ? { entity: kind === "milestone" ? ("Milestone" as const) : ("Case" as const), id: record.id, title: record.title, lang: record.lang } : null;
    return { kind, slug: record.slug, note: row.annotation?.id ?? null, recordTitle: record.title, record: titled, title: row.title, language: row.language, uploadedAt: row.uploadedAt.toISOString(), uploadedBy: row.uploadedBy?.name ?? null };
  });
  const { text, ...facts } = document;
  return { ...facts, text: { state: text.state, reason: text.reason }, attachments };
}

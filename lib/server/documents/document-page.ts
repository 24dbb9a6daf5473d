import "server-only";
import type { Attachable } from "@/lib/core/document-input";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import { findReadableDocument, type ReadableDocument } from "./read-document";

export type DocumentPage = Omit<ReadableDocument, "text"> & {
  text: { state: string; reason: string | null };
  /** Where it is attached, live attachments on live records, oldest first. */
  attachments: { kind: Attachable; slug: string; recordTitle: string; record: { entity: "Case" | "Milestone"; id: string; title: string; lang: string } | null; title: string; language: string | null; uploadedAt: string; uploadedBy: string | null }[];
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
    where: { sha256, deletedAt: null, OR: [{ sourceId: { not: null } }, { case: { deletedAt: null } }, { milestone: { deletedAt: null } }] },
    select: {
      title: true,
      language: true,
      uploadedAt: true,
      uploadedBy: { select: { name: true } },
      source: { select: { slug: true, title: true } },
      case: { select: { id: true, slug: true, title: true, lang: true } },
      milestone: { select: { id: true, slug: true, title: true, lang: true } },
    },
    orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
  });
  const attachments = rows.map((row) => {
    const [kind, record] = row.source ? (["source", row.source] as const) : row.case ? (["case", row.case] as const) : (["milestone", row.milestone!] as const);
    // A case's or milestone's title has a translation (decision 042); a source's is as published.
    const titled = "lang" in record ? { entity: kind === "case" ? ("Case" as const) : ("Milestone" as const), id: record.id, title: record.title, lang: record.lang } : null;
    return { kind, slug: record.slug, recordTitle: record.title, record: titled, title: row.title, language: row.language, uploadedAt: row.uploadedAt.toISOString(), uploadedBy: row.uploadedBy?.name ?? null };
  });
  const { text, ...facts } = document;
  return { ...facts, text: { state: text.state, reason: text.reason }, attachments };
}

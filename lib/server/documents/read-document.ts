import "server-only";
import type { Readable } from "node:stream";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SHA256_HEX } from "@/lib/core/document-input";
import type { Actor } from "../actor";
import { mayReadNotes } from "../annotations/annotation-permissions";
import { db } from "../db";
import { AppError } from "../errors";
import type { DocumentStore } from "./document-store";
import { hasPages } from "./extract-text";

/**
 * The attachments that make a document readable by `actor`: live, on a live public record (sources
 * are never deleted), or on a live note of a live case for whoever reads the notes
 * (docs/decisions/056-documents-on-notes.md): a document attached only to notes is not there for a visitor.
 */
export function attachmentsReadableBy(actor: Actor): Prisma.DocumentAttachmentWhereInput {
  const onPublicRecord: Prisma.DocumentAttachmentWhereInput[] = [{ sourceId: { not: null } }, { case: { deletedAt: null } }, { milestone: { deletedAt: null } }];
  const onNote: Prisma.DocumentAttachmentWhereInput = { annotation: { deletedAt: null, case: { deletedAt: null } } };
  return { deletedAt: null, OR: mayReadNotes(actor) ? [...onPublicRecord, onNote] : onPublicRecord };
}

export type ReadableDocument = { sha256: string; size: number; mediaType: string; text: { state: string; reason: string | null } };

/**
 * A document by its SHA-256, for anyone (signed in or not) when it is attached to a public
 * record that is not deleted, and for the readers of notes when it is attached to a live note. A
 * document attached only to deleted records answers 404, as the records do; one attached only to
 * notes answers 404 to a visitor, who is not told that it exists.
 */
export async function findReadableDocument({ actor, sha256 }: { actor: Actor; sha256: string }): Promise<ReadableDocument> {
  const notFound = new AppError("NOT_FOUND", `There is no document "${sha256}".`);
  if (!SHA256_HEX.test(sha256)) throw notFound;
  const blob = await db.documentBlob.findFirst({
    where: { sha256, attachments: { some: attachmentsReadableBy(actor) } },
    select: { sha256: true, size: true, mediaType: true, textState: true, textReason: true },
  });
  if (!blob) throw notFound;
  return { sha256: blob.sha256, size: blob.size, mediaType: blob.mediaType, text: { state: blob.textState, reason: blob.textReason } };
}

/** The bytes of a readable document; a row whose bytes are missing is an internal error (the sweep reports it), never an empty answer. */
export async function openDocument(store: DocumentStore, document: ReadableDocument): Promise<Readable> {
  const found = await store.get(document.sha256);
  if (!found) throw new Error(`The bytes of document ${document.sha256} are missing from the document store.`);
  return found.stream;
}

/** The extracted text, once DONE; before (QUEUED) or when it cannot be had (FAILED, NO_TEXT_LAYER), 409 with the state and its reason. */
export async function extractedText(document: ReadableDocument): Promise<ExtractedText> {
  const { state, reason } = document.text;
  const details = { text: { state, reason } };
  if (state === "QUEUED") throw new AppError("CONFLICT", `The text of document ${document.sha256} has not been extracted yet: it is queued. Ask again later.`, details);
  if (state === "NO_TEXT_LAYER") throw new AppError("CONFLICT", `Document ${document.sha256} has no text layer to extract (a scan without recognised text).`, details);
  if (state !== "DONE") throw new AppError("CONFLICT", `The text of document ${document.sha256} could not be extracted.`, details);
  const pages = await db.documentPage.findMany({ where: { sha256: document.sha256 }, select: { page: true, text: true }, orderBy: { page: "asc" } });
  return { sha256: document.sha256, state, reason, paged: hasPages(document.mediaType), pages };
}

/**
 * The extracted text: `pages` are a PDF's pages (`paged`), else the sections a long text or HTML
 * file is kept in, which together are its text (docs/decisions/050-text-extraction-and-search-inside-documents.md).
 */
export type ExtractedText = { sha256: string; state: "DONE"; reason: string | null; paged: boolean; pages: { page: number; text: string }[] };

/** The text as one string: a PDF's pages separated by a form feed (U+000C), as pdftotext writes them; sections joined as they were. */
export const joinedText = (text: ExtractedText) => text.pages.map((p) => p.text).join(text.paged ? "\f" : "");

/**
 * The fields that come with an uploaded document (the multipart body's fields beside `file`):
 * an optional title and the language the document is written in. Pure, shared by the API and,
 * later, the upload form. An empty field means "not given".
 */
import { z } from "zod";
import { optionalText } from "./input-fields";
import { langField } from "./user-translations";

/** The longest title a document may have; a longer file name given as the title is shortened. */
export const DOCUMENT_TITLE_MAX = 300;

export const documentFieldsSchema = z
  .object({
    title: optionalText(DOCUMENT_TITLE_MAX),
    language: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), langField.nullish()).transform((v) => v ?? null),
  })
  .strict();

export type DocumentFields = z.output<typeof documentFieldsSchema>;

/**
 * The records a document is attached to, as the API's addresses name them. A note is addressed
 * by its case's slug and its id, and its documents are seen exactly as the note is
 * (docs/decisions/056-documents-on-notes.md).
 */
export const ATTACHABLE = ["source", "case", "milestone", "note"] as const;
export type Attachable = (typeof ATTACHABLE)[number];

/** A document's address: its SHA-256 in lowercase hexadecimal. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Where a document's page is read, for a cited passage and for a passage the search found inside a
 * document (decisions 053 and 050): the document's bytes, at its page when there is one
 * (`#page=N`, which browsers' PDF viewers follow). One function, so the address (a document page
 * of the tracker's own, one day) changes in one place.
 */
export function documentPageUrl(sha256: string, page: number | null): string {
  return `/api/v1/documents/${sha256}${page ? `#page=${page}` : ""}`;
}

/** A file name as a title: without a folder some clients send, control characters and surrounding space; at most the title's length. */
export function titleFromFileName(name: string | null | undefined): string | null {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean === "" ? null : clean.slice(0, DOCUMENT_TITLE_MAX);
}

/** "50 MB", "1.5 MB", "512 KB", "700 bytes": a size as the refusals name it (1 MB = 1,048,576 bytes). */
export function formatSize(bytes: number): string {
  const round = (n: number) => String(Math.round(n * 10) / 10);
  if (bytes >= 1024 * 1024) return `${round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

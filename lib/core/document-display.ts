/**
 * How the pages name a document (docs/decisions/052-documents-in-the-browser.md): its page, the
 * address its upload is posted to, its fingerprint shortened for a list, and the SHA-256 of a file
 * a reader checks in the browser. Pure: shared by server pages and client components.
 */
import type { Attachable } from "./document-input";

/** The document's page (without the language: the pages' Link adds it). */
export const documentPagePath = (sha256: string) => `/documents/${sha256}`;

/** The record's page a document is attached to (without the language); a note's is its case's page (`caseSlug`). */
export const attachablePath = (kind: Attachable, slug: string, caseSlug?: string) =>
  kind === "note" ? `/cases/${encodeURIComponent(caseSlug ?? "")}` : `/${kind}s/${encodeURIComponent(slug)}`;

/** Where the browser posts a record's documents, and removes one over the API; a note's under its case (`caseSlug`). */
export const documentsApiPath = (kind: Attachable, slug: string, caseSlug?: string) =>
  kind === "note" ? `/api/v1/cases/${encodeURIComponent(caseSlug ?? "")}/annotations/${encodeURIComponent(slug)}/documents` : `/api/v1/${kind}s/${encodeURIComponent(slug)}/documents`;

/** "3f2a9c41…b71e": enough to tell documents apart in a list; the full value stays beside it. */
export const shortFingerprint = (sha256: string) => (sha256.length > 16 ? `${sha256.slice(0, 10)}…${sha256.slice(-6)}` : sha256);

/** The fingerprint in groups of eight, so that a person comparing it by eye does not lose their place. */
export const groupedFingerprint = (sha256: string) => sha256.replace(/(.{8})(?=.)/g, "$1 ");

/** Lowercase hexadecimal of a digest (crypto.subtle's ArrayBuffer), as the tracker writes a SHA-256. */
export function hexOf(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A document's kind as a reader names it, from its media type. */
export type DocumentKindName = "pdf" | "html" | "text" | "jpeg" | "png" | "other";
export function documentKindOf(mediaType: string): DocumentKindName {
  const base = mediaType.split(";")[0]!.trim().toLowerCase();
  const kinds: Record<string, DocumentKindName> = { "application/pdf": "pdf", "text/html": "html", "text/plain": "text", "image/jpeg": "jpeg", "image/png": "png" };
  return kinds[base] ?? "other";
}

/** How the document page shows the bytes: PDFs in a frame, images as images, the rest only as a download (never rendered in the tracker's origin). */
export function documentPreviewOf(mediaType: string): "frame" | "image" | "download" {
  const kind = documentKindOf(mediaType);
  return kind === "pdf" ? "frame" : kind === "jpeg" || kind === "png" ? "image" : "download";
}

/** "1.5 MB" / "1,5 МБ", "512 KB" / "512 КБ", "700 bytes" / "700 байтів": a size in the page's language. */
export function sizeIn(bytes: number, locale: string): string {
  const uk = locale === "uk";
  const round = (n: number) => {
    const r = String(Math.round(n * 10) / 10);
    return uk ? r.replace(".", ",") : r;
  };
  if (bytes >= 1024 * 1024) return `${round(bytes / 1024 / 1024)} ${uk ? "МБ" : "MB"}`;
  if (bytes >= 1024) return `${round(bytes / 1024)} ${uk ? "КБ" : "KB"}`;
  if (!uk) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  const tens = bytes % 100;
  const units = bytes % 10;
  return `${bytes} ${tens >= 11 && tens <= 14 ? "байтів" : units === 1 ? "байт" : units >= 2 && units <= 4 ? "байти" : "байтів"}`;
}

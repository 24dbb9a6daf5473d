import { documentsRoute } from "@/lib/server/documents/upload-route";

/**
 * /api/v1/sources/{slug}/documents
 * - GET: the documents attached to the source (anyone).
 * - POST (multipart/form-data: `file`, optional `title`, `language` uk|en): attaches a document
 *   (analysts). 201 with `{ sha256, size, mediaType, title, language, uploadedAt, uploadedBy, text }`,
 *   200 when the same file is already attached here; 413 and 415 name the file and the reason.
 */
export const { GET, POST } = documentsRoute("source", "slug");
